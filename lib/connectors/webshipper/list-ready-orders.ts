import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Order } from "@/lib/orders";
import { wsPage, type WebshipperContext } from "./api";
import { fromWebshipperOrder } from "./map-order";
import { getOrder } from "./orders-read";
import { wsOrderSchema, wsShipmentSchema, type WsOrder } from "./schemas";
import { formatSourceRef, sentTagFor } from "./source-refs";

/** The cursor is the next page number; null starts again from page 1. */
const pageOf = (cursor: string | null) => (cursor && /^\d+$/.test(cursor) ? Number(cursor) : 1);

/**
 * Webshipper as the source (seed 002: Webshipper → Rackbeat). Trigger "order created": pending
 * orders of our channel not yet tagged. Trigger "shipment created": each shipment not yet handed
 * over, as an order of just the shipped lines (partial shipments travel on their own).
 */
export async function listReadyOrders(ctx: WebshipperContext, input: CursorInput): Promise<Page<Order>> {
  return ctx.settings.trigger === "shipment_created" ? readyShipments(ctx, input) : readyOrders(ctx, input);
}

async function readyOrders(ctx: WebshipperContext, input: CursorInput): Promise<Page<Order>> {
  const page = pageOf(input.cursor);
  const { items, hasNext } = await wsPage(ctx, {
    path: "/orders",
    item: wsOrderSchema,
    query: { "filter[status]": "pending", "filter[order_channel_id]": ctx.credentials.orderChannelId },
    page,
    operation: "list ready orders",
  });
  const orders = items.filter((o) => !(o.attributes.tags ?? []).includes(ctx.settings.sentTag)).flatMap((o) => mapped(ctx, o));
  return { items: orders, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

async function readyShipments(ctx: WebshipperContext, input: CursorInput): Promise<Page<Order>> {
  const page = pageOf(input.cursor);
  const { items, hasNext } = await wsPage(ctx, { path: "/shipments", item: wsShipmentSchema, page, operation: "list shipments" });
  const orders = new Map<string, WsOrder | undefined>();
  const result: Order[] = [];
  for (const shipment of items) {
    const orderId = shipment.relationships?.order?.data?.id;
    if (!orderId || shipment.attributes.is_return) continue;
    if (!orders.has(orderId)) orders.set(orderId, await getOrder(ctx, orderId));
    const order = orders.get(orderId);
    const ref = { orderId, shipmentId: shipment.id };
    const channel = order?.attributes.order_channel_id;
    if (!order || (typeof channel === "number" && channel !== ctx.credentials.orderChannelId)) continue;
    if ( (order.attributes.tags ?? []).includes(sentTagFor(ctx.settings.sentTag, ref))) continue;
    const quantities = new Map<number, number>();
    for (const p of shipment.attributes.packages ?? []) for (const l of p.order_lines ?? []) if (l.id !== undefined) quantities.set(l.id, (quantities.get(l.id) ?? 0) + l.quantity);
    const lines = order.attributes.order_lines.filter((l) => l.id !== undefined && quantities.has(l.id)).map((l) => ({ ...l, quantity: quantities.get(l.id!)! }));
    const number = order.attributes.visible_ref || order.id;
    result.push(...mapped(ctx, order, { lines, sourceRef: formatSourceRef(ref), orderNumber: `${number}-${shipment.id}` }));
  }
  return { items: result, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

function mapped(ctx: WebshipperContext, order: WsOrder, options: Parameters<typeof fromWebshipperOrder>[1] = {}): Order[] {
  const result = fromWebshipperOrder(order, options);
  if (result.ok) return [result.order];
  ctx.log.warn("Webshipper order skipped: it cannot be mapped", { orderId: order.id, reason: result.reason });
  return [];
}
