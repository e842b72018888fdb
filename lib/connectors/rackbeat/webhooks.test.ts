import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isPartnerError } from "@/lib/http";
import { orderFixture, rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";

const hooks = rackbeatConnector.webhooks!;
const URL_A = "https://lagerbro.example/api/webhooks/rackbeat-conn-1";
const inbound = (d: { headers: Record<string, string>; body: string }) => ({ headers: d.headers, body: d.body, receivedAt: new Date("2025-03-01T09:00:00Z") });

describe("Rackbeat webhooks", () => {
  let h: RackbeatHarness;
  beforeEach(async () => {
    h = await rackbeatHarness();
  });
  afterEach(() => h.close());

  it("registers one webhook per event and keeps the tokens Rackbeat shows only on creation; a second run adds none", async () => {
    const first = await hooks.register!(h.ctx, { url: URL_A, secret: "unused" });
    const stored = h.sim.control.webhooks();
    expect(stored.map((w) => w.event).sort()).toEqual([...first.events].sort());
    expect(first.partnerSecrets?.sort()).toEqual(stored.map((w) => w.token).sort());
    expect(first.partnerSecrets!.every((t) => t.length === 32)).toBe(true);
    const again = await hooks.register!(h.ctx, { url: URL_A, secret: "unused", partnerSecrets: first.partnerSecrets });
    expect(again.partnerSecrets).toEqual([]);
    expect(h.sim.control.webhooks().map((w) => w.id)).toEqual(stored.map((w) => w.id));
  });

  it("with its tokens lost, makes our webhooks again to get new ones", async () => {
    const first = await hooks.register!(h.ctx, { url: URL_A, secret: "unused" });
    const again = await hooks.register!(h.ctx, { url: URL_A, secret: "unused", partnerSecrets: [] });
    expect(again.partnerSecrets).toHaveLength(first.events.length);
    expect(again.partnerSecrets!.some((t) => first.partnerSecrets!.includes(t))).toBe(false);
    expect(h.sim.control.webhooks()).toHaveLength(first.events.length);
  });

  it("verifies the token Rackbeat sends against the kept ones only", async () => {
    const { partnerSecrets } = await hooks.register!(h.ctx, { url: URL_A, secret: "unused" });
    h.seedOrder();
    const delivery = h.sim.control.takeDeliveries().find((d) => d.event === "order.created")!;
    expect(delivery.headers).toMatchObject({ "rackbeat-webhook-event": "order.created", "user-agent": "Rackbeat Webhook" });
    expect(hooks.verify(inbound(delivery), "unused", partnerSecrets)).toBe(true);
    expect(hooks.verify(inbound(delivery), "unused", ["x".repeat(32)])).toBe(false);
    expect(hooks.verify(inbound(delivery), "unused", [])).toBe(false);
    expect(hooks.verify(inbound({ ...delivery, headers: { "rackbeat-webhook-event": "order.created" } }), "unused", partnerSecrets)).toBe(false);
  });

  it("describes the event; a body that is not Rackbeat's document is refused", () => {
    expect(hooks.describe!(inbound({ headers: {}, body: JSON.stringify({ key: 1, key_name: "number", event: "order.updated", data: {} }) }))).toEqual({ topic: "order.updated" });
    expect(hooks.describe!(inbound({ headers: {}, body: "{not json" }))).toBeNull();
    expect(hooks.describe!(inbound({ headers: {}, body: JSON.stringify([1, 2]) }))).toBeNull();
  });

  it("parses an order or shipment event of an order Lagerbro created into that order's state; others give nothing", async () => {
    await hooks.register!(h.ctx, { url: URL_A, secret: "unused" });
    const sent = await rackbeatConnector.warehouse!.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "2" });
    h.sim.control.takeDeliveries();
    h.sim.control.createShipment(Number(sent.warehouseRef));
    const deliveries = h.sim.control.takeDeliveries();
    const created = deliveries.find((d) => d.event === "order_shipment.created")!;
    expect(await hooks.parse(h.ctx, inbound(created))).toEqual([expect.objectContaining({ order: { orderNumber: orderFixture().orderNumber, warehouseRef: sent.warehouseRef }, status: "accepted" })]);

    const own = h.seedOrder();
    const foreign = h.sim.control.takeDeliveries().find((d) => d.event === "order.created" && d.body.includes(`"key":${own.number}`))!;
    expect(await hooks.parse(h.ctx, inbound(foreign))).toEqual([]);
    expect(await hooks.parse(h.ctx, inbound({ headers: {}, body: JSON.stringify({ key: 1, event: "employee.created", data: {} }) }))).toEqual([]);
    const malformed = await hooks.parse(h.ctx, inbound({ headers: {}, body: "{" })).catch((e: unknown) => e);
    expect(isPartnerError(malformed) && malformed.kind).toBe("permanent");
  });

  it("unregisters only the webhooks of our URL", async () => {
    await hooks.register!(h.ctx, { url: URL_A, secret: "unused" });
    await hooks.register!(h.ctx, { url: "https://someone.else/hook", secret: "unused" });
    expect(await hooks.unregister!(h.ctx, { url: URL_A })).toBe(4);
    expect(h.sim.control.webhooks().every((w) => w.url === "https://someone.else/hook")).toBe(true);
  });
});
