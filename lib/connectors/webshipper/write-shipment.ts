import type { CanonicalStatus, OrderRef, Shipment } from "@/lib/orders";
import { needsMerchant } from "@/lib/http";
import { wsCall, type WebshipperContext } from "./api";
import { getOrder, shipmentsOf } from "./orders-read";
import { oneOf, wsShipmentSchema } from "./schemas";
import { parseSourceRef } from "./source-refs";

/**
 * The order left from the other side (seed 002: "sent on one side is marked sent on the other"):
 * book a shipment on the Webshipper order for the shipped lines, carrying the tracking numbers
 * as predefined barcodes [W2] Packages.md (a pure "register foreign tracking" call was not found).
 * Keyed on `reference` = shipmentRef, so writing the same shipment twice books nothing new.
 */
export async function writeShipment(ctx: WebshipperContext, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void> {
  const { orderId } = parseSourceRef(input.order.sourceRef);
  const order = await getOrder(ctx, orderId);
  if (!order) throw needsMerchant("webshipper", "not_found", `Webshipper has no order ${orderId}`);
  const existing = await shipmentsOf(ctx, orderId);
  if (existing.some((s) => s.attributes.reference === input.shipment.shipmentRef)) return;
  if (order.attributes.status === "dispatched") return;

  const bySku = new Map(order.attributes.order_lines.map((l) => [l.sku, l]));
  const orderLines = input.shipment.lines.flatMap((l) => {
    const line = bySku.get(l.sku);
    return line?.id !== undefined ? [{ id: line.id, sku: l.sku, quantity: l.quantity }] : [];
  });
  const packages = input.shipment.parcels.map((p, i) => ({
    weight: p.weightGrams ?? 0,
    weight_unit: "g",
    predefined_barcode: p.trackingNumber,
    // All lines ride with the first parcel unless the parcel names its own.
    order_lines: p.lines?.length ? p.lines.flatMap((pl) => orderLines.filter((l) => l.sku === pl.sku).map((l) => ({ ...l, quantity: pl.quantity }))) : i === 0 ? orderLines : [],
  }));
  await wsCall(ctx, {
    method: "POST",
    path: "/shipments",
    body: { data: { type: "shipments", attributes: { reference: input.shipment.shipmentRef, packages }, relationships: { order: { data: { id: Number(orderId), type: "orders" } } } } },
    schema: oneOf(wsShipmentSchema),
    operation: "write shipment",
  });
}
