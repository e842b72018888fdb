import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PartnerError, classifyStatus, isPartnerError } from "./errors";
import { parseResponse } from "./parse";

describe("parseResponse", () => {
  const schema = z.object({ page: z.number(), entries: z.array(z.object({ id: z.number(), statusId: z.number() })) });

  it("returns parsed data", () => {
    expect(parseResponse(schema, { page: 1, entries: [{ id: 1, statusId: 5 }] }, "plentymarkets").entries[0]!.statusId).toBe(5);
  });

  it("turns a contract surprise into a classified PartnerError naming partner, path and issue", () => {
    let error: unknown;
    try {
      parseResponse(schema, { page: 1, entries: [{ id: 1, statusId: "5.1" }] }, "plentymarkets");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PartnerError);
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", partner: "plentymarkets" });
    expect((error as Error).message).toMatch(/^malformed response from plentymarkets: entries\[0\]\.statusId: /);
  });

  it("handles a body that is not even an object", () => {
    expect(() => parseResponse(schema, "<html>", "wemalo")).toThrow(/malformed response from wemalo: \(root\)/);
  });
});

describe("errors", () => {
  it("classifies statuses", () => {
    expect(classifyStatus(401).kind).toBe("needs_merchant");
    expect(classifyStatus(419).reason).toBe("rate_limited");
    expect(classifyStatus(502).kind).toBe("transient");
    expect(classifyStatus(422)).toMatchObject({ kind: "permanent", reason: "rejected" });
  });

  it("reclassifies and survives serialisation", () => {
    const e = new PartnerError({ kind: "permanent", reason: "not_found", partner: "wemalo", message: "NOT_FOUND extId", status: 404 });
    const r = e.reclassify("needs_merchant", "unknown_sku", "unknown SKU SKU-9");
    expect(r).toMatchObject({ kind: "needs_merchant", reason: "unknown_sku", status: 404, message: "unknown SKU SKU-9" });
    const plain = Object.assign(new Error(r.message), JSON.parse(JSON.stringify(r)) as object);
    expect(isPartnerError(plain)).toBe(true);
    expect(isPartnerError(new Error("x"))).toBe(false);
  });
});
