import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { orderFixture, webshipperHarness, type WebshipperHarness } from "./testing";
import { webshipperConnector } from "./index";
import { webshipperSignature } from "./signature";
import { unregisterWebshipperWebhooks } from "./webhook-registration";

const hooks = webshipperConnector.webhooks!;
const SECRET = "whsec-ÆØÅ-42";
const inbound = (d: { headers: Record<string, string>; body: string }) => ({ headers: d.headers, body: d.body, receivedAt: new Date("2025-03-01T09:00:00Z") });

describe("Webshipper webhooks", () => {
  let h: WebshipperHarness;
  beforeEach(async () => {
    h = await webshipperHarness();
  });
  afterEach(() => h.close());

  it("registers one webhook per topic with our secret, once", async () => {
    const url = "https://lagerbro.example/api/webhooks/webshipper/conn-1";
    const first = await hooks.register!(h.ctx, { url, secret: SECRET });
    await hooks.register!(h.ctx, { url, secret: SECRET });
    const stored = h.sim.control.webhooks();
    expect(stored.map((w) => w.topic).sort()).toEqual([...first.events].sort());
    expect(stored.every((w) => w.url === url && w.secret === SECRET && w.enabled)).toBe(true);
  });

  it("verifies the simulator's real signature and refuses a bad one, a missing one and an empty secret", async () => {
    await hooks.register!(h.ctx, { url: "https://lagerbro.example/hook", secret: SECRET });
    const sent = await webshipperConnector.warehouse!.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    h.sim.control.ship(Number(sent.warehouseRef));
    const delivery = h.sim.control.takeDeliveries().find((d) => d.topic === "shipment/created")!;
    expect(hooks.verify(inbound(delivery), SECRET)).toBe(true);
    expect(hooks.verify(inbound(delivery), "other-secret")).toBe(false);
    expect(hooks.verify(inbound({ ...delivery, body: delivery.body.replace("\"shipments\"", "\"Shipments\"") }), SECRET)).toBe(false);
    expect(hooks.verify(inbound({ ...delivery, headers: { "X-Webshipper-Topic": "shipment/created" } }), SECRET)).toBe(false);
    expect(hooks.verify(inbound(delivery), "")).toBe(false);
  });

  it("parses a shipment/created delivery into the shipped change of that shipment", async () => {
    await hooks.register!(h.ctx, { url: "https://lagerbro.example/hook", secret: SECRET });
    const sent = await webshipperConnector.warehouse!.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    h.sim.control.ship(Number(sent.warehouseRef), [{ lines: [{ sku: "CAP-GRN", quantity: 1 }] }]);
    const delivery = h.sim.control.takeDeliveries().find((d) => d.topic === "shipment/created")!;
    const changes = await hooks.parse(h.ctx, inbound(delivery));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ status: "partially_shipped", order: { orderNumber: "4711" }, shipment: { lines: [{ sku: "CAP-GRN", quantity: 1 }] } });
  });

  it("malformed JSON is a permanent error; an unknown topic is ignored", async () => {
    const body = "{not json";
    const error = await hooks.parse(h.ctx, inbound({ headers: { "x-webshipper-hmac-sha256": webshipperSignature(body, SECRET) }, body })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "PartnerError", kind: "permanent" });
    const report = h.sim.control.delivery({ topic: "report/created", secret: SECRET, resource: { id: "1", type: "reports", attributes: {} } });
    expect(hooks.verify(inbound(report), SECRET)).toBe(true);
    expect(await hooks.parse(h.ctx, inbound(report))).toEqual([]);
  });

  it("an order/deleted delivery becomes a cancellation without a read", async () => {
    const d = h.sim.control.delivery({ topic: "order/deleted", secret: SECRET, resource: { id: "77", type: "orders", attributes: { ext_ref: "4711" } } });
    const changes = await hooks.parse(h.ctx, inbound(d));
    expect(changes).toEqual([expect.objectContaining({ status: "cancelled", order: { orderNumber: "4711", warehouseRef: "77" } })]);
  });

  it("unregisters only our webhooks when the link is deleted", async () => {
    const url = "https://lagerbro.example/hook/a";
    await hooks.register!(h.ctx, { url, secret: SECRET });
    await hooks.register!(h.ctx, { url: "https://someone.else/hook", secret: "x" });
    const removed = await unregisterWebshipperWebhooks(h.ctx, url);
    expect(removed).toBe(hooks.events.length);
    expect(h.sim.control.webhooks().every((w) => w.url === "https://someone.else/hook")).toBe(true);
  });
});
