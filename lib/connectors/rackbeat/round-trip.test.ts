import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { webshipperConnector } from "@/lib/connectors/webshipper";
import { webshipperHarness, WS_ADDRESS, type WebshipperHarness } from "@/lib/connectors/webshipper/testing";
import type { Order } from "@/lib/orders";
import { rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";

/**
 * Seed 002 end to end at connector level, on both simulators over HTTP: the two directions a
 * merchant chooses between at setup, with the delivery-term ↔ shipping-rate mapping the wizard
 * builds from what testConnection discovered.
 */
describe("Rackbeat ↔ Webshipper round trips", () => {
  let rb: RackbeatHarness;
  let ws: WebshipperHarness;
  beforeEach(async () => {
    rb = await rackbeatHarness();
    ws = await webshipperHarness();
  });
  afterEach(async () => {
    await rb.close();
    await ws.close();
  });

  /** What the merchant picks in the wizard: each delivery term to the rate with the same carrier. */
  async function termToRate(): Promise<Record<string, string>> {
    const terms = (await rackbeatConnector.testConnection(rb.ctx)).discovered.deliveryTerms!;
    const rates = (await webshipperConnector.testConnection(ws.ctx)).discovered.shippingRates!;
    const pick = (term: string, rate: string) => [terms.find((t) => t.label === term)!.id, rates.find((r) => r.label === rate)!.id] as const;
    return Object.fromEntries([pick("GLS Erhverv", "GLS Business"), pick("PostNord Hjemlevering", "PostNord MyPack Home")]);
  }

  it("Rackbeat order → Webshipper order → shipped in part → written back to Rackbeat, then the rest", async () => {
    const mapping = await termToRate();
    const rbOrder = rb.seedOrder();
    const [order] = (await rackbeatConnector.source!.listReadyOrders(rb.ctx, { cursor: null })).items as [Order];
    const sent = await webshipperConnector.warehouse!.submitOrder(ws.ctx, { order, shippingCode: mapping[order.shippingMethod.code] });
    expect(sent.status).toBe("accepted");
    expect(ws.sim.control.order(Number(sent.warehouseRef)).attributes).toMatchObject({ ext_ref: String(rbOrder.number), shipping_rate_id: 6, status: "pending" });
    await rackbeatConnector.source!.acknowledge(rb.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber, warehouseRef: sent.warehouseRef } });

    ws.sim.control.ship(Number(sent.warehouseRef), [{ lines: [{ sku: "ÆBLE-1", quantity: 2 }] }]);
    const changes = await webshipperConnector.warehouse!.listChanges(ws.ctx, { cursor: null });
    const partial = changes.items.find((c) => c.shipment)!;
    expect(partial.status).toBe("partially_shipped");
    await rackbeatConnector.source!.writeShipment(rb.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber }, shipment: partial.shipment!, status: partial.status });
    expect(rb.sim.control.order(rbOrder.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    expect(rb.sim.control.shipments(rbOrder.number)).toEqual([expect.objectContaining({ is_shipped: true, lines: [expect.objectContaining({ item_number: "ÆBLE-1", quantity: 2 })] })]);

    ws.clock.advance(60_000);
    ws.sim.control.ship(Number(sent.warehouseRef));
    const rest = (await webshipperConnector.warehouse!.listChanges(ws.ctx, { cursor: changes.nextCursor })).items.filter((c) => c.shipment);
    for (const change of rest) {
      await rackbeatConnector.source!.writeShipment(rb.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber }, shipment: change.shipment!, status: change.status });
    }
    expect(rb.sim.control.order(rbOrder.number).is_shipped).toBe(true);
    expect(rb.sim.control.shipments(rbOrder.number)).toHaveLength(2);
    expect(rb.sim.control.notes(rbOrder.number).filter((n) => n.includes("via Webshipper"))).toHaveLength(2);
  });

  it("trigger shipment_created: each Rackbeat shipment is its own Webshipper order, and shipping it marks that shipment shipped", async () => {
    const mapping = await termToRate();
    const ctx = rb.contextFor({}, { trigger: "shipment_created" });
    const rbOrder = rb.seedOrder();
    const first = rb.sim.control.createShipment(rbOrder.number, [{ productNumber: "BÆR-2", quantity: 1 }]);
    const [order] = (await rackbeatConnector.source!.listReadyOrders(ctx, { cursor: null })).items as [Order];
    const sent = await webshipperConnector.warehouse!.submitOrder(ws.ctx, { order, shippingCode: mapping[order.shippingMethod.code] });
    ws.sim.control.ship(Number(sent.warehouseRef));
    const change = (await webshipperConnector.warehouse!.listChanges(ws.ctx, { cursor: null })).items.find((c) => c.shipment)!;
    expect(change.shipment!.complete).toBe(true);
    await rackbeatConnector.source!.writeShipment(ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber }, shipment: change.shipment!, status: change.status });
    expect(rb.sim.control.shipments(rbOrder.number).find((s) => s.id === first.id)!.is_shipped).toBe(true);
    expect(rb.sim.control.order(rbOrder.number)).toMatchObject({ is_partly_shipped: true });
  });

  it("an unmapped delivery term reaches Webshipper as missing_rate and comes back as an error with a reason", async () => {
    rb.seedOrder();
    const [order] = (await rackbeatConnector.source!.listReadyOrders(rb.ctx, { cursor: null })).items as [Order];
    const sent = await webshipperConnector.warehouse!.submitOrder(ws.ctx, { order });
    expect(sent.status).toBe("error_other");
    const status = await webshipperConnector.warehouse!.getOrderStatus!(ws.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber } });
    expect(status).toMatchObject({ partnerStatus: { code: "missing_rate" }, reason: expect.stringContaining("shipping rate") });
  });

  it("Webshipper order → Rackbeat order with the missing products and customer created; shipped in Webshipper, marked shipped in Rackbeat", async () => {
    const rateToTerm = Object.fromEntries(Object.entries(await termToRate()).map(([term, rate]) => [rate, term]));
    rb.sim.control.addProduct({ number: "ÆBLE-1", name: "Æblemost – økologisk", salesPrice: 49.95 });
    const placed = ws.sim.control.createOrder({
      ext_ref: "shop-5001",
      visible_ref: "5001",
      currency: "DKK",
      shippingRateId: 8,
      delivery_address: WS_ADDRESS,
      order_lines: [
        { ext_ref: "a", sku: "ÆBLE-1", description: "Æblemost – økologisk", quantity: 2, unit_price: 49.95, vat_percent: 25, weight: 1.2, weight_unit: "kg" },
        { ext_ref: "b", sku: "ØL-3", description: "Økologisk øl", quantity: 1, unit_price: 35, vat_percent: 25, weight: 500, weight_unit: "g" },
      ],
    });
    const wsSource = webshipperConnector.source!;
    const [order] = (await wsSource.listReadyOrders(ws.ctx, { cursor: null })).items as [Order];
    expect(order).toMatchObject({ sourceRef: placed.id, orderNumber: "5001", shippingMethod: { code: "8" } });

    const received = await rackbeatConnector.warehouse!.submitOrder(rb.ctx, { order, shippingCode: rateToTerm[order.shippingMethod.code] });
    expect(received.created).toBe(true);
    expect(rb.sim.control.products().map((p) => p.number).sort()).toEqual(["ØL-3", "ÆBLE-1"].sort());
    expect(rb.sim.control.products().find((p) => p.number === "ØL-3")).toMatchObject({ name: "Økologisk øl", sales_price: 35, physical: { weight: 500 } });
    expect(rb.sim.control.customers()).toEqual([expect.objectContaining({ name: "Søren Ærøskøbing", contact_email: "soren@example.dk" })]);
    expect(rb.sim.control.order(Number(received.warehouseRef))).toMatchObject({ is_booked: true, their_reference: "5001", delivery_terms: { name: "PostNord Hjemlevering" } });

    await wsSource.acknowledge(ws.ctx, { order: { sourceRef: order.sourceRef, orderNumber: order.orderNumber, warehouseRef: received.warehouseRef } });
    expect((await wsSource.listReadyOrders(ws.ctx, { cursor: null })).items).toEqual([]);

    // The label is printed in Webshipper; the shipment is written to the Rackbeat order.
    ws.sim.control.ship(Number(placed.id), [{ lines: [{ sku: "ØL-3", quantity: 1 }] }]);
    const change = (await webshipperConnector.warehouse!.getOrderStatus!(ws.ctx, { order: { sourceRef: placed.id, orderNumber: "shop-5001", warehouseRef: placed.id } }))!;
    expect(change.status).toBe("partially_shipped");
    await rackbeatConnector.source!.writeShipment(rb.ctx, { order: { sourceRef: received.warehouseRef, orderNumber: order.orderNumber }, shipment: change.shipment!, status: change.status });
    expect(rb.sim.control.order(Number(received.warehouseRef))).toMatchObject({ is_partly_shipped: true });
  });
});
