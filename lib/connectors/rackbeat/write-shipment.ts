import { z } from "zod";
import type { CanonicalStatus, OrderRef, Shipment } from "@/lib/orders";
import { needsMerchant } from "@/lib/http";
import { rbCall, type RackbeatContext } from "./api";
import { addNoteOnce, getOrder, notesOf, shipmentsOf } from "./orders-read";
import { rbShipmentSchema, wrapped, type RbOrder } from "./schemas";
import { parseSourceRef, shipmentMarker } from "./source-refs";

/**
 * Writes a Webshipper shipment back to Rackbeat: the Rackbeat shipment is marked shipped
 * (`mark-shipped` with pick [R2]) and the tracking goes into a note, because no tracking field
 * on a Rackbeat shipment was found [R §2]. With trigger "order created" the Rackbeat shipment is
 * made first from the shipped lines (a partial shipment ships part of the order). The note's
 * marker makes a repeat of the same shipment a no-op.
 */
export async function writeShipment(ctx: RackbeatContext, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void> {
  const ref = parseSourceRef(input.order.sourceRef);
  const marker = shipmentMarker(input.shipment.shipmentRef);
  if ((await notesOf(ctx, ref.orderNumber)).some((n) => n.includes(marker))) return;
  const order = await getOrder(ctx, String(ref.orderNumber));
  if (!order) throw needsMerchant("rackbeat", "not_found", `Rackbeat has no order ${ref.orderNumber}`);

  const shipmentIds = ref.shipmentId !== undefined ? [ref.shipmentId] : await shipmentsFor(ctx, order, input.shipment);
  for (const id of shipmentIds) {
    await rbCall(ctx, { method: "POST", path: `/orders/shipments/${id}/mark-shipped`, body: { pick: true }, schema: z.unknown(), idempotent: true, operation: "mark shipped" });
  }
  const tracking = input.shipment.parcels.map((p) => [p.carrier, p.trackingNumber, p.trackingUrl].filter(Boolean).join(" ")).join("; ");
  await addNoteOnce(ctx, ref.orderNumber, marker, `Shipped${input.shipment.complete ? "" : " in part"} via Webshipper: ${tracking} ${marker}`);
}

/** Unshipped Rackbeat shipments already holding these lines, else one new shipment for them. */
async function shipmentsFor(ctx: RackbeatContext, order: RbOrder, shipment: Shipment): Promise<number[]> {
  const existing = await shipmentsOf(ctx, order.number);
  const open = existing.filter((s) => !s.is_shipped);
  const inShipments = new Map<number, number>();
  for (const s of existing) for (const l of s.lines) inShipments.set(l.line_id, (inShipments.get(l.line_id) ?? 0) + l.quantity);
  const lines = shipment.lines.flatMap((sl) => {
    const line = order.lines.find((l) => (sl.lineRef !== undefined && String(l.id) === sl.lineRef) || l.item?.number === sl.sku);
    if (!line) return [];
    const left = line.quantity - (inShipments.get(line.id) ?? 0);
    return left > 0 ? [{ line_id: line.id, quantity: Math.min(left, sl.quantity) }] : [];
  });
  if (lines.length === 0) return open.map((s) => s.id);
  const res = await rbCall(ctx, {
    method: "POST",
    path: `/orders/${order.number}/create-shipment`,
    body: { lines },
    schema: wrapped("order_shipment", rbShipmentSchema),
    operation: "create shipment",
  });
  return [res.data.order_shipment!.id];
}
