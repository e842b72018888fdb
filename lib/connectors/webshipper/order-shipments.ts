import type { OrderRef, Shipment } from "@/lib/orders";
import type { WebshipperContext } from "./api";
import { toShipments } from "./map-change";
import { getOrder, shipmentsOf } from "./orders-read";
import { parseSourceRef } from "./source-refs";

/**
 * Webshipper as the source that ships (seed 002, Webshipper → Rackbeat): the shipments it booked
 * for an order we handed over, so the other side marks it sent. With trigger "shipment created"
 * the handed-over order is one shipment, which is then all of it.
 */
export async function listOrderShipments(ctx: WebshipperContext, input: { order: OrderRef }): Promise<Shipment[]> {
  const ref = parseSourceRef(input.order.sourceRef);
  const order = await getOrder(ctx, ref.orderId);
  if (!order) return [];
  const shipments = await shipmentsOf(ctx, ref.orderId);
  const all = toShipments(order, shipments, input.order.orderNumber);
  if (ref.shipmentId === undefined) return all;
  return all.filter((s) => s.shipmentRef === `webshipper-shipment-${ref.shipmentId}`).map((s) => ({ ...s, complete: true }));
}
