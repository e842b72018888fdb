import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webshipperHarness, WS_ADDRESS, type WebshipperHarness } from "./testing";
import { webshipperConnector } from "./index";
import type { Shipment } from "@/lib/orders";

const source = webshipperConnector.source!;
const line = (sku: string, quantity: number) => ({ ext_ref: sku.toLowerCase(), sku, description: `Vare ${sku} – æøå`, quantity, unit_price: 10, weight: 100 });

describe("Webshipper connector as source (Webshipper → Rackbeat), over HTTP", () => {
  let h: WebshipperHarness;
  beforeEach(async () => {
    h = await webshipperHarness();
  });
  afterEach(() => h.close());

  const place = (ref: string) => h.sim.control.createOrder({ ext_ref: ref, visible_ref: ref, shippingRateId: 6, delivery_address: WS_ADDRESS, order_lines: [line("A", 2), line("B", 1)] });

  it("lists pending orders page by page and leaves tagged (acknowledged) ones out", async () => {
    for (let i = 0; i < 31; i++) place(`O-${i}`);
    const first = await source.listReadyOrders(h.ctx, { cursor: null });
    expect([first.items.length, first.hasMore, first.nextCursor]).toEqual([30, true, "2"]);
    const second = await source.listReadyOrders(h.ctx, { cursor: first.nextCursor });
    expect([second.items.length, second.hasMore, second.nextCursor]).toEqual([1, false, null]);
    const order = first.items[0]!;
    await source.acknowledge(h.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber } });
    await source.acknowledge(h.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber } });
    expect(h.sim.control.order(Number(order.sourceRef)).attributes.tags).toEqual(["lagerbro"]);
    expect((await source.listReadyOrders(h.ctx, { cursor: null })).items.map((o) => o.orderNumber)).not.toContain(order.orderNumber);
  });

  it("trigger shipment_created lists each shipment as an order of its lines, once", async () => {
    const ctx = h.contextFor({}, { trigger: "shipment_created" });
    const placed = place("S-1");
    const s = h.sim.control.ship(Number(placed.id), [{ lines: [{ sku: "A", quantity: 1 }] }]);
    const page = await source.listReadyOrders(ctx, { cursor: null });
    expect(page.items).toEqual([expect.objectContaining({ sourceRef: `${placed.id}:${s.id}`, orderNumber: `S-1-${s.id}`, lines: [expect.objectContaining({ sku: "A", quantity: 1 })] })]);
    await source.acknowledge(ctx, { order: { sourceRef: page.items[0]!.sourceRef, orderNumber: page.items[0]!.orderNumber } });
    expect((await source.listReadyOrders(ctx, { cursor: null })).items).toEqual([]);
  });

  it("writeShipment books the other side's shipment with its tracking number, once", async () => {
    const placed = place("W-1");
    const shipment: Shipment = { shipmentRef: "rb-1", orderNumber: "W-1", shippedAt: "2025-03-02T10:00:00.000Z", parcels: [{ trackingNumber: "00370712345", carrier: "GLS" }], lines: [{ sku: "A", quantity: 2 }], complete: false };
    await source.writeShipment(h.ctx, { order: { sourceRef: placed.id, orderNumber: "W-1" }, shipment, status: "partially_shipped" });
    await source.writeShipment(h.ctx, { order: { sourceRef: placed.id, orderNumber: "W-1" }, shipment, status: "partially_shipped" });
    const shipments = h.sim.control.shipments(Number(placed.id));
    expect(shipments).toHaveLength(1);
    expect(shipments[0]!.attributes.tracking_links[0]!.number).toBe("00370712345");
    expect(h.sim.control.order(Number(placed.id)).attributes.status).toBe("partly_dispatched");
  });

  it("reportProblem writes an internal comment; cancellations of handed-over orders are listed until acknowledged", async () => {
    const placed = place("X-1");
    await source.reportProblem(h.ctx, { order: { sourceRef: placed.id, orderNumber: "X-1" }, problem: "stock", message: "ØL-3 out of stock" });
    expect(h.sim.control.order(Number(placed.id)).attributes.internal_comment).toBe("Lagerbro: ØL-3 out of stock");
    await source.acknowledge(h.ctx, { order: { sourceRef: placed.id, orderNumber: "X-1" } });
    await webshipperConnector.warehouse!.cancelOrder(h.ctx, { order: { sourceRef: placed.id, orderNumber: "X-1", warehouseRef: placed.id } });
    const listed = await source.listCancellations(h.ctx, { cursor: null });
    expect(listed.items.map((c) => c.order.sourceRef)).toEqual([placed.id]);
    await source.acknowledgeCancellation(h.ctx, { order: listed.items[0]!.order, result: { outcome: "cancelled" } });
    expect((await source.listCancellations(h.ctx, { cursor: null })).items).toEqual([]);
  });

  it("lists no returns: returns are not part of the Rackbeat sync", async () => {
    expect(await source.listReturns(h.ctx, { cursor: null })).toEqual({ items: [], nextCursor: null, hasMore: false });
  });
});
