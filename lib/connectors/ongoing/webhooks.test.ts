import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ongoingConnector } from "./index";
import { FIXTURE_SKUS, ongoingHarness, type OngoingHarness, orderFixture } from "./testing";

const hooks = ongoingConnector.webhooks!;
const inbound = (body: unknown, headers: Record<string, string> = {}) => ({
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body),
  receivedAt: new Date("2025-03-01T10:00:00Z"),
});

describe("Ongoing order webhooks", () => {
  let h: OngoingHarness;
  beforeEach(async () => {
    h = await ongoingHarness();
    for (const sku of FIXTURE_SKUS) h.sim.control.setStock(sku, 5);
  });
  afterEach(() => h.close());

  it("verifies the shared secret in X-Auth-Token, Bearer or Basic, timing-safely", () => {
    expect(hooks.verify(inbound({}, { "X-Auth-Token": "s3cret" }), "s3cret")).toBe(true);
    expect(hooks.verify(inbound({}, { authorization: "Bearer s3cret" }), "s3cret")).toBe(true);
    expect(hooks.verify(inbound({}, { authorization: `Basic ${Buffer.from("ongoing:s3cret").toString("base64")}` }), "s3cret")).toBe(true);
    expect(hooks.verify(inbound({}, { "x-auth-token": "s3cre" }), "s3cret")).toBe(false);
    expect(hooks.verify(inbound({}, {}), "s3cret")).toBe(false);
    expect(hooks.verify(inbound({}, { "x-auth-token": "" }), "")).toBe(false);
  });

  it("turns the simulator's webhook body into the same change a poll gives", async () => {
    await ongoingConnector.warehouse!.submitOrder(h.ctx, { order: orderFixture() });
    h.sim.control.ship("4711", { waybill: "UA77", parcels: 2 });
    const changes = await hooks.parse(h.ctx, inbound(h.sim.control.webhookPayload("4711")));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ order: { orderNumber: "4711" }, status: "shipped", shipment: { complete: true } });
    expect(changes[0]!.shipment!.parcels).toHaveLength(2);
  });

  it("ignores another goods owner's webhook and rejects a body that is not one", async () => {
    await ongoingConnector.warehouse!.submitOrder(h.ctx, { order: orderFixture() });
    const payload = h.sim.control.webhookPayload("4711");
    expect(await hooks.parse(h.ctx, inbound({ ...payload, goodsOwnerId: 999 }))).toEqual([]);
    await expect(hooks.parse(h.ctx, inbound("<html>"))).rejects.toMatchObject({ kind: "permanent" });
    await expect(hooks.parse(h.ctx, inbound({ orderNumber: "x" }))).rejects.toMatchObject({ kind: "permanent" });
  });

  it("explains the manual setup in Ongoing's admin UI", async () => {
    const registration = await hooks.register!(h.ctx, { url: "https://app.example/api/webhooks/ongoing/conn-1", secret: "s3cret" });
    expect(registration.manualSteps).toContain("Administration ⇒ Webhooks");
    expect(registration.manualSteps).toContain("https://app.example/api/webhooks/ongoing/conn-1");
    expect(h.log.entries).toHaveLength(0);
  });
});
