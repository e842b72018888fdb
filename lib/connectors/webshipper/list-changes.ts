import type { CursorInput, Page, WarehouseChange } from "@/lib/connectors/types";
import { wsPage, type WebshipperContext } from "./api";
import { decodeCursor, encodeCursor, later } from "./cursor";
import { toChanges } from "./map-change";
import { hasShipped } from "./map-status";
import { getOrder, shipmentsOf } from "./orders-read";
import { wsOrderSchema, type WsOrder } from "./schemas";

/**
 * Orders of our channel updated since the cursor (`filter[updated_at][value]` + `[operator]=gte`,
 * the operator syntax of [K1]), one page of 30 per call [W1]. Orders with shipments cost one
 * more call each for their tracking links.
 */
export async function listChanges(ctx: WebshipperContext, input: CursorInput): Promise<Page<WarehouseChange>> {
  const cursor = decodeCursor(input.cursor, ctx.now());
  const { items, hasNext } = await wsPage(ctx, {
    path: "/orders",
    item: wsOrderSchema,
    query: {
      "filter[updated_at][value]": cursor.since,
      "filter[updated_at][operator]": "gte",
      "filter[order_channel_id]": ctx.credentials.orderChannelId,
    },
    page: cursor.page,
    operation: "list changed orders",
  });
  const changes: WarehouseChange[] = [];
  let newest = cursor.newest;
  for (const order of items) {
    newest = later(newest, order.attributes.updated_at);
    changes.push(...(await changesOf(ctx, order)));
  }
  const next = hasNext ? { ...cursor, page: cursor.page + 1, newest } : { v: 1 as const, since: newest ?? cursor.since, page: 1, newest: null };
  return { items: changes.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)), nextCursor: encodeCursor(next), hasMore: hasNext };
}

export async function changesOf(ctx: WebshipperContext, order: WsOrder): Promise<WarehouseChange[]> {
  const shipments = hasShipped(order.attributes.status) ? await shipmentsOf(ctx, order.id) : [];
  return toChanges(order, shipments, ctx.now());
}

/** The order's latest state, for a manual refresh or a webhook that only names it. */
export async function changesForOrderId(ctx: WebshipperContext, orderId: string): Promise<WarehouseChange[]> {
  const order = await getOrder(ctx, orderId);
  return order ? changesOf(ctx, order) : [];
}
