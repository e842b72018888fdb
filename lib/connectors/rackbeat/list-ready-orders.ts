import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Order } from "@/lib/orders";
import { rbPage, type RackbeatContext } from "./api";
import { fromRackbeatOrder } from "./map-order";
import { getOrder } from "./orders-read";
import { rbOrderSchema, rbShipmentSchema, type RbOrder } from "./schemas";
import { formatSourceRef } from "./source-refs";

const pageOf = (cursor: string | null) => (cursor && /^\d+$/.test(cursor) ? Number(cursor) : 1);

/**
 * Trigger "order created": booked orders not shipped or cancelled (`is_booked=true&is_shipped=false`
 * [R §4]), oldest first. Trigger "shipment created": shipments not yet shipped, each as an order of
 * its own lines. Intake stores each order once, so walking the same page again is harmless.
 */
export async function listReadyOrders(ctx: RackbeatContext, input: CursorInput): Promise<Page<Order>> {
  const page = pageOf(input.cursor);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  if (ctx.settings.trigger === "shipment_created") return readyShipments(ctx, page, limit);
  const { items, hasNext } = await rbPage(ctx, {
    path: "/orders",
    key: "orders",
    item: rbOrderSchema,
    query: { is_booked: true, is_shipped: false, is_cancelled: false, order_direction: "asc" },
    page,
    limit,
    operation: "list ready orders",
  });
  const orders = items.flatMap((o) => mapped(ctx, o, fromRackbeatOrder(o)));
  return { items: orders, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

async function readyShipments(ctx: RackbeatContext, page: number, limit: number): Promise<Page<Order>> {
  const { items, hasNext } = await rbPage(ctx, { path: "/order-shipments", key: "order_shipments", item: rbShipmentSchema, query: { is_shipped: false }, page, limit, operation: "list shipments" });
  const orders = new Map<number, RbOrder | undefined>();
  const result: Order[] = [];
  for (const shipment of items) {
    if (!orders.has(shipment.order_number)) orders.set(shipment.order_number, await getOrder(ctx, String(shipment.order_number)));
    const order = orders.get(shipment.order_number);
    if (!order || order.is_cancelled) continue;
    const lines = shipment.lines.flatMap((sl) => {
      const line = order.lines.find((l) => l.id === sl.line_id);
      return line ? [{ line, quantity: sl.quantity }] : [];
    });
    const ref = { orderNumber: order.number, shipmentId: shipment.id };
    result.push(...mapped(ctx, order, fromRackbeatOrder(order, { lines, sourceRef: formatSourceRef(ref), orderNumber: `${order.number}-${shipment.id}` })));
  }
  return { items: result, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

function mapped(ctx: RackbeatContext, order: RbOrder, result: ReturnType<typeof fromRackbeatOrder>): Order[] {
  if (result.ok) return [result.order];
  ctx.log.warn("Rackbeat order skipped: it cannot be mapped", { number: order.number, reason: result.reason });
  return [];
}
