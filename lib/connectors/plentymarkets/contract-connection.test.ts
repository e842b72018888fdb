import { describe, expect, it } from "vitest";
import { describeCredentials } from "../credentials";
import { plentymarketsConnector } from "./index";
import { harnessPerTest, partnerFailure } from "./testing";

const start = harnessPerTest();

describe("plentymarkets testConnection", () => {
  it("logs in and discovers statuses, warehouses, storage locations and shipping profiles", async () => {
    const h = await start();
    const result = await plentymarketsConnector.testConnection(h.ctx);
    expect(result.account).toEqual({ id: "41234", name: "lagerbro-api @ Lagerbro Sandbox-Shop" });
    const d = result.discovered;
    expect(d.statuses).toEqual(expect.arrayContaining([{ id: "5", label: "[5] Freigabe Versand" }, { id: "5.1", label: "[5.1] Abwicklung extern" }]));
    expect(d.warehouses?.map((w) => w.id)).toEqual(["1", "104"]);
    expect(d.storageLocations?.map((l) => l.id)).toEqual(["12", "13"]);
    expect(d.shippingProfiles?.map((p) => p.label)).toContain("DHL Paket");
    expect(d.returnStatuses?.map((s) => s.id)).toEqual(expect.arrayContaining(["9", "9.01"]));
    expect(d.missingStatuses).toEqual([]);
    expect(h.calls()[0]).toBe("POST /rest/login 200");
  });

  it("names the statuses the settings use that the system lacks", async () => {
    const h = await start();
    const ctx = h.contextFor({}, { returnHandledStatus: "9.02", partiallyShippedStatus: "6.9" });
    const result = await plentymarketsConnector.testConnection(ctx);
    expect(result.discovered.missingStatuses?.map((s) => s.id)).toEqual(["6.9", "9.02"]);
  });

  it("turns a wrong password into needs_merchant", async () => {
    const h = await start();
    const error = await partnerFailure(plentymarketsConnector.testConnection(h.contextFor({ password: "falsch" })));
    expect(error.kind).toBe("needs_merchant");
    expect(error.reason).toBe("credentials_rejected");
    expect(error.message).toMatch(/username or password/);
  });

  it("turns an unknown plentyID, warehouse or storage location into needs_merchant", async () => {
    const h = await start();
    for (const wrong of [{ plentyId: 999 }, { warehouseId: 77 }, { storageLocationId: 55 }]) {
      const error = await partnerFailure(plentymarketsConnector.testConnection(h.contextFor(wrong)));
      expect(error.kind, JSON.stringify(wrong)).toBe("needs_merchant");
    }
  });

  it("refuses a status id that plentymarkets cannot have, like 9.0.1", async () => {
    const h = await start();
    expect(() => h.contextFor({}, { returnHandledStatus: "9.0.1" })).toThrow(/returnHandledStatus/);
  });

  it("draws the wizard form from its credential schema, password secret", () => {
    const fields = describeCredentials(plentymarketsConnector.credentialSchema);
    expect(fields.map((f) => f.key)).toEqual(["url", "username", "password", "plentyId", "warehouseId", "storageLocationId"]);
    expect(fields.filter((f) => f.secret).map((f) => f.key)).toEqual(["password"]);
    expect(fields.every((f) => f.help)).toBe(true);
  });
});
