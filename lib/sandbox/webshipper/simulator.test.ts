import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PAGE_SIZE, SIGNATURE_HEADER, signWebhookBody, TOPIC_HEADER } from "./index";
import { startWebshipper, type WebshipperTestServer } from "./testing";

const address = { att_contact: "Søren Ærø", address_1: "Lyngbygade 8", zip: "8600", city: "Silkeborg", country_code: "DK" };
const orderDoc = (extRef: string, rate: number | null = 6, delivery: object = address) => ({
  data: {
    type: "orders",
    attributes: { ext_ref: extRef, visible_ref: extRef, delivery_address: delivery, order_lines: [{ sku: "A", quantity: 2, weight: 100 }, { sku: "B", quantity: 1 }] },
    relationships: { order_channel: { data: { id: 9, type: "order_channels" } }, ...(rate === null ? {} : { shipping_rate: { data: { id: rate, type: "shipping_rates" } } }) },
  },
});

describe("Webshipper simulator", () => {
  let ws: WebshipperTestServer;
  beforeEach(async () => {
    ws = await startWebshipper();
  });
  afterEach(() => ws.close());

  it("refuses a wrong token with a JSON:API 401", async () => {
    const res = await ws.call("GET", "/orders", undefined, "nope");
    expect(res.status).toBe(401);
    expect(res.body.errors[0].status).toBe("401");
  });

  it("creates orders, keeps ext_ref unique per order channel, and judges rate and address", async () => {
    expect((await ws.call("POST", "/orders", orderDoc("R-1"))).body.data.attributes.status).toBe("pending");
    const again = await ws.call("POST", "/orders", orderDoc("R-1"));
    expect(again.status).toBe(422);
    expect(again.body.errors[0].source.pointer).toBe("/data/attributes/ext_ref");
    expect((await ws.call("POST", "/orders", orderDoc("R-2", null))).body.data.attributes.status).toBe("missing_rate");
    const bad = (await ws.call("POST", "/orders", orderDoc("R-3", 6, { att_contact: "X", country_code: "DK" }))).body.data.attributes;
    expect([bad.status, bad.error_class]).toEqual(["error", "address"]);
  });

  it("pages by 30 with page[number] and a next link until the last page", async () => {
    for (let i = 0; i < PAGE_SIZE + 2; i++) ws.sim.control.createOrder({ ext_ref: `P-${i}`, shippingRateId: 6, delivery_address: address, order_lines: [{ sku: "A", quantity: 1 }] });
    const first = await ws.call("GET", "/orders");
    expect(first.body.data).toHaveLength(PAGE_SIZE);
    expect(first.body.links.next).toContain("page%5Bnumber%5D=2");
    const second = await ws.call("GET", "/orders?page[number]=2");
    expect(second.body.data).toHaveLength(2);
    expect(second.body.links.next).toBeUndefined();
  });

  it("ships part, then the rest, with tracking links, and signs the webhooks it queues", async () => {
    await ws.call("POST", "/webhooks", { data: { type: "webhooks", attributes: { url: "https://hook.example/ws", topic: "shipment/created", secret: "s3cret", enabled: true } } });
    const created = ws.sim.control.createOrder({ ext_ref: "S-1", shippingRateId: 8, delivery_address: address, order_lines: [{ sku: "A", quantity: 2 }, { sku: "B", quantity: 1 }] });
    const part = ws.sim.control.ship(Number(created.id), [{ lines: [{ sku: "A", quantity: 2 }] }]);
    expect(part.attributes.tracking_links[0]!.url).toContain("postnord");
    expect(ws.sim.control.order(Number(created.id)).attributes.status).toBe("partly_dispatched");
    ws.sim.control.ship(Number(created.id));
    expect(ws.sim.control.order(Number(created.id)).attributes.status).toBe("dispatched");

    const deliveries = ws.sim.control.takeDeliveries();
    expect(deliveries).toHaveLength(2);
    const d = deliveries[0]!;
    expect(d.headers[TOPIC_HEADER]).toBe("shipment/created");
    expect(d.headers[SIGNATURE_HEADER]).toBe(signWebhookBody(d.body, "s3cret"));
    expect(JSON.parse(d.body).data.relationships.order.data.id).toBe(created.id);
  });

  it("cancels a pending order by PATCH and refuses once something has left", async () => {
    const a = ws.sim.control.createOrder({ ext_ref: "C-1", shippingRateId: 6, delivery_address: address, order_lines: [{ sku: "A", quantity: 1 }] });
    const ok = await ws.call("PATCH", `/orders/${a.id}`, { data: { id: a.id, type: "orders", attributes: { status: "cancelled" } } });
    expect(ok.body.data.attributes.status).toBe("cancelled");
    const b = ws.sim.control.createOrder({ ext_ref: "C-2", shippingRateId: 6, delivery_address: address, order_lines: [{ sku: "A", quantity: 1 }] });
    ws.sim.control.ship(Number(b.id));
    const late = await ws.call("PATCH", `/orders/${b.id}`, { data: { id: b.id, type: "orders", attributes: { status: "cancelled" } } });
    expect(late.status).toBe(422);
  });

  it("marks an order dispatched by PATCH (shipped elsewhere): its lines count as left, a cancelled one is refused", async () => {
    const a = ws.sim.control.createOrder({ ext_ref: "D-1", shippingRateId: 6, delivery_address: address, order_lines: [{ sku: "A", quantity: 2 }] });
    const ok = await ws.call("PATCH", `/orders/${a.id}`, { data: { id: a.id, type: "orders", attributes: { status: "dispatched" } } });
    expect(ok.body.data.attributes.status).toBe("dispatched");
    expect(ok.body.data.attributes.order_lines.map((l: { status: string }) => l.status)).toEqual(["dispatched"]);
    expect(ws.sim.control.shipments(Number(a.id))).toEqual([]);
    const b = ws.sim.control.createOrder({ ext_ref: "D-2", shippingRateId: 6, delivery_address: address, order_lines: [{ sku: "A", quantity: 1 }] });
    await ws.call("PATCH", `/orders/${b.id}`, { data: { id: b.id, type: "orders", attributes: { status: "cancelled" } } });
    const refused = await ws.call("PATCH", `/orders/${b.id}`, { data: { id: b.id, type: "orders", attributes: { status: "dispatched" } } });
    expect(refused.status).toBe(422);
  });

  it("turns faults into 500, 429 with Retry-After and a cut body", async () => {
    ws.sim.control.faults.set({ serverErrorRate: 1 });
    expect((await ws.call("GET", "/orders")).status).toBe(500);
    ws.sim.control.faults.set({ serverErrorRate: 0, rateLimitRate: 1, rateLimitBurst: 1 });
    const limited = await ws.call("GET", "/orders");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "1"]);
    ws.sim.control.faults.set({ rateLimitRate: 0, malformedRate: 1 });
    const garbled = await ws.call("GET", "/orders");
    expect(garbled.status).toBe(200);
    expect(garbled.body).toBeUndefined();
  });
});
