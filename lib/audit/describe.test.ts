import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

describe("describeAuditEvent", () => {
  it("names changed credential fields by their form labels", () => {
    const line = describeAuditEvent({ action: "connection.credentials_changed", details: { label: "3PL", connector: "wemalo", fields: ["apiToken"] } });
    expect(line.what).toBe("changed the credentials of a connection");
    expect(line.detail).toMatch(/^3PL: .+ changed$/);
    expect(line.detail).not.toContain("apiToken");
  });

  it("falls back to the field keys for an unknown connector", () => {
    expect(describeAuditEvent({ action: "connection.credentials_changed", details: { label: "Old", connector: "gone", fields: ["x", "y"] } }).detail).toBe("Old: x, y changed");
  });

  it("words mappings, role changes and a member who left", () => {
    expect(describeAuditEvent({ action: "link.mappings_changed", details: { name: "Shop → 3PL", mappings: ["shippingMethods", "skuMap"] } }).detail).toBe(
      "Shop → 3PL: shipping methods, the SKU table changed",
    );
    expect(describeAuditEvent({ action: "link.settings_changed", details: { name: "L", settings: ["stockBuffer", "productSync"] } }).detail).toBe("L: stock buffer, product sync changed");
    expect(describeAuditEvent({ action: "member.role_changed", details: { email: "a@b.test", from: "member", to: "admin" } }).detail).toBe("a@b.test: member → admin");
    expect(describeAuditEvent({ action: "member.removed", details: { email: "a@b.test", left: true } }).what).toBe("left the team");
  });

  it("shows an action it does not know in words instead of failing", () => {
    expect(describeAuditEvent({ action: "product.sync_started", details: {} })).toEqual({ what: "product sync started", detail: "" });
  });
});
