import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught, rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";
import type { Shipment } from "@/lib/orders";

const source = rackbeatConnector.source!;

const shipment = (ref: string, lines: { sku: string; quantity: number }[], complete: boolean): Shipment => ({
  shipmentRef: ref,
  orderNumber: "x",
  shippedAt: "2025-03-02T10:00:00.000Z",
  parcels: [{ trackingNumber: `TRK-${ref}`, carrier: "GLS", trackingUrl: `https://gls.example/${ref}` }],
  lines,
  complete,
});

describe("Rackbeat connector as source, against the simulator over HTTP", () => {
  let h: RackbeatHarness;
  beforeEach(async () => {
    h = await rackbeatHarness();
  });
  afterEach(() => h.close());

  it("testConnection names the account and discovers delivery terms; a wrong token is needs_merchant", async () => {
    const result = await rackbeatConnector.testConnection(h.ctx);
    expect(result.account.name).toBe("Sandbox ApS");
    expect(result.discovered.deliveryTerms?.map((t) => t.label)).toEqual(["Afhentning", "GLS Erhverv", "PostNord Hjemlevering"]);
    const error = await caught(rackbeatConnector.testConnection(h.contextFor({ apiToken: "wrong" })));
    expect([error.kind, error.reason]).toEqual(["needs_merchant", "credentials_rejected"]);
  });

  it("lists booked, unshipped orders with addresses, lines, weights and prices, over more than one page", async () => {
    for (let i = 0; i < 3; i++) h.seedOrder();
    const cancelled = h.seedOrder();
    h.sim.control.cancel(cancelled.number);
    const first = await source.listReadyOrders(h.ctx, { cursor: null, limit: 2 });
    expect([first.items.length, first.hasMore, first.nextCursor]).toEqual([2, true, "2"]);
    const second = await source.listReadyOrders(h.ctx, { cursor: first.nextCursor, limit: 2 });
    expect([second.items.length, second.hasMore]).toEqual([1, false]);
    const order = first.items[0]!;
    expect(order.shippingMethod).toEqual({ code: "2", label: "GLS Erhverv" });
    expect(order.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPrice, l.weightGrams])).toEqual([
      ["ÆBLE-1", "Æblemost – økologisk", 2, "49.95", 1200],
      ["BÆR-2", "Blåbær", 1, "20.00", 250],
    ]);
    expect(order.deliveryAddress).toMatchObject({ firstName: "Søren", lastName: "Ærøskøbing", city: "Århus C" });
  });

  it("trigger shipment_created lists each open shipment as its own order of its lines", async () => {
    const ctx = h.contextFor({}, { trigger: "shipment_created" });
    const o = h.seedOrder();
    const s = h.sim.control.createShipment(o.number, [{ productNumber: "ÆBLE-1", quantity: 1 }]);
    const page = await source.listReadyOrders(ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ sourceRef: `${o.number}:${s.id}`, orderNumber: `${o.number}-${s.id}`, lines: [{ sku: "ÆBLE-1", quantity: 1 }] });
  });

  it("acknowledge and reportProblem leave one note each, however often they run", async () => {
    const o = h.seedOrder();
    const ref = { sourceRef: String(o.number), orderNumber: String(o.number), warehouseRef: "1001" };
    await source.acknowledge(h.ctx, { order: ref });
    await source.acknowledge(h.ctx, { order: ref });
    await source.reportProblem(h.ctx, { order: ref, problem: "address", message: "zip missing" });
    const notes = h.sim.control.notes(o.number);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain("Webshipper order 1001");
  });

  it("writeShipment ships part of the order, then the rest, each once, with tracking in a note", async () => {
    const o = h.seedOrder();
    const ref = { sourceRef: String(o.number), orderNumber: String(o.number) };
    const part = shipment("webshipper-shipment-301", [{ sku: "ÆBLE-1", quantity: 2 }], false);
    await source.writeShipment(h.ctx, { order: ref, shipment: part, status: "partially_shipped" });
    await source.writeShipment(h.ctx, { order: ref, shipment: part, status: "partially_shipped" });
    expect(h.sim.control.order(o.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    expect(h.sim.control.shipments(o.number)).toHaveLength(1);
    await source.writeShipment(h.ctx, { order: ref, shipment: shipment("webshipper-shipment-302", [{ sku: "BÆR-2", quantity: 1 }], true), status: "shipped" });
    expect(h.sim.control.order(o.number)).toMatchObject({ is_shipped: true });
    expect(h.sim.control.notes(o.number).filter((n) => n.includes("TRK-webshipper-shipment-30"))).toHaveLength(2);
  });

  it("cancellations are listed until acknowledged", async () => {
    const o = h.seedOrder();
    h.sim.control.cancel(o.number);
    const listed = await source.listCancellations(h.ctx, { cursor: null });
    expect(listed.items.map((c) => c.order.orderNumber)).toEqual([String(o.number)]);
    await source.acknowledgeCancellation(h.ctx, { order: listed.items[0]!.order, result: { outcome: "too_late", message: "shipped" } });
    expect((await source.listCancellations(h.ctx, { cursor: null })).items).toEqual([]);
  });
});
