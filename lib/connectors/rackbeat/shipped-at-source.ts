import type { OrderRef } from "@/lib/orders";
import type { RackbeatContext } from "./api";
import { getOrder, shipmentsOf } from "./orders-read";
import type { RbShipment } from "./schemas";
import { parseSourceRef } from "./source-refs";

/**
 * Which of these handed-over orders the merchant shipped in Rackbeat (seed 002: "dispatch in
 * either system and the order in the other is marked sent"). One `GET orders/{number}` per order
 * [R §2], and its shipments only when needed:
 * - trigger "order created" (sourceRef = number): the order's `is_shipped` [R §4]. Not "all its
 *   shipments shipped": a partial Webshipper shipment written back to Rackbeat is a shipped
 *   shipment of an order that is only `is_partly_shipped`, and must not count.
 * - trigger "shipment created" (sourceRef = "number:shipmentId"): that shipment's `is_shipped`
 *   [R §4 shipments], or the whole order's.
 * A cancelled or vanished order is left to the cancellation and reconciliation paths.
 */
export async function listShippedAtSource(ctx: RackbeatContext, input: { orders: OrderRef[] }): Promise<OrderRef[]> {
  const byNumber = new Map<number, { order: OrderRef; shipmentId?: number }[]>();
  for (const order of input.orders) {
    const ref = parseSourceRef(order.sourceRef);
    if (!Number.isInteger(ref.orderNumber)) continue;
    byNumber.set(ref.orderNumber, [...(byNumber.get(ref.orderNumber) ?? []), { order, ...(ref.shipmentId !== undefined ? { shipmentId: ref.shipmentId } : {}) }]);
  }
  const shipped: OrderRef[] = [];
  for (const [number, refs] of byNumber) {
    const order = await getOrder(ctx, String(number));
    if (!order || order.is_cancelled) continue;
    if (order.is_shipped) {
      shipped.push(...refs.map((r) => r.order));
      continue;
    }
    const perShipment = refs.filter((r) => r.shipmentId !== undefined);
    if (perShipment.length === 0) continue;
    const shipments: RbShipment[] = await shipmentsOf(ctx, number);
    for (const r of perShipment) if (shipments.some((s) => s.id === r.shipmentId && s.is_shipped)) shipped.push(r.order);
  }
  return shipped;
}
