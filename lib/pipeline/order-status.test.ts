import { describe, expect, it } from "vitest";
import { isRetriable } from "./errors";
import { canMoveTo, orderStatusFor } from "./order-status";
import { sourceSettingOverrides } from "./open-link";
import { needsMerchant, permanentError, transientError } from "@/lib/http/errors";

describe("order status moves", () => {
  it("never moves back when polls overlap or arrive late", () => {
    expect(canMoveTo("picking", "accepted")).toBe(false);
    expect(canMoveTo("shipped", "partially_shipped")).toBe(false);
    expect(canMoveTo("partially_shipped", "shipped")).toBe(true);
    expect(canMoveTo("accepted", "accepted")).toBe(false);
  });

  it("an error interrupts unfinished work only, and work going on ends it", () => {
    expect(canMoveTo("accepted", "exception")).toBe(true);
    expect(canMoveTo("shipped", "exception")).toBe(false);
    expect(canMoveTo("exception", "accepted")).toBe(true);
  });

  it("maps the warehouse's canonical statuses", () => {
    expect(orderStatusFor("packed")).toBe("picking");
    expect(orderStatusFor("error_stock")).toBe("exception");
    expect(orderStatusFor("partially_shipped")).toBe("partially_shipped");
  });
});

describe("isRetriable", () => {
  it("retries transient partner failures and unknown errors, not permanent or merchant ones", () => {
    expect(isRetriable(transientError("wemalo", "server_error", "503"))).toBe(true);
    expect(isRetriable(permanentError("wemalo", "rejected", "no"))).toBe(false);
    expect(isRetriable(needsMerchant("wemalo", "credentials_rejected", "401"))).toBe(false);
    expect(isRetriable(Object.assign(new Error("x"), { name: "PartnerError", kind: "needs_merchant", reason: "bad_address" }))).toBe(false);
    expect(isRetriable(new Error("connection reset"))).toBe(true);
  });
});

describe("sourceSettingOverrides", () => {
  it("names the link's statuses as the source connection's settings and leaves out what the link does not set", () => {
    expect(sourceSettingOverrides({ shippingMethods: {}, skuPolicy: "same", skuMap: {}, handoverStatus: "5.2", cancelStatuses: ["8", "8.1"], shippedStatus: "" })).toEqual({
      acknowledgedStatus: "5.2",
      cancelledStatuses: ["8", "8.1"],
    });
  });
});
