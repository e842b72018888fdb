import type { CursorInput, Page, WarehouseChange } from "@/lib/connectors/types";
import { ongoingCall, type OngoingContext } from "./api";
import { decodeCursor, encodeCursor, nextWindow, serverTime } from "./cursor";
import { backOrderFor, toStatusChange } from "./map-change";
import { getOrderById } from "./orders-read";
import { ongoingOrdersSchema, type OngoingOrder } from "./schemas";

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/**
 * Orders whose status changed since the cursor (`orderStatusChangedTimeFrom` [S4]), one keyset
 * page per call (`orderIdFrom` + `maxOrdersToGet` [S5][S7]). A full page means more are waiting.
 */
export async function listChanges(ctx: OngoingContext, input: CursorInput): Promise<Page<WarehouseChange>> {
  const now = ctx.now();
  const cursor = decodeCursor(input.cursor, now);
  const limit = Math.min(Math.max(1, input.limit ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE);
  const res = await ongoingCall(ctx, {
    method: "GET",
    path: "/orders",
    query: { orderStatusChangedTimeFrom: cursor.since, orderIdFrom: cursor.idFrom, maxOrdersToGet: limit },
    schema: ongoingOrdersSchema,
    operation: "list changed orders",
  });
  const orders = res.data;
  const items = await toChanges(ctx, orders, now);

  // The first page of a walk fixes where the next walk will start.
  const windowStart = cursor.windowStart ?? serverTime(res.headers, now).toISOString();
  const maxId = Math.max(cursor.idFrom - 1, ...orders.map((o) => o.orderInfo.orderId));
  const full = orders.length >= limit && maxId + 1 > cursor.idFrom;
  const next = full ? { ...cursor, idFrom: maxId + 1, windowStart } : nextWindow(new Date(windowStart));
  return { items, nextCursor: encodeCursor(next), hasMore: full };
}

/** Maps a page, resolving back orders to the order number they continue. */
export async function toChanges(ctx: OngoingContext, orders: OngoingOrder[], now: Date): Promise<WarehouseChange[]> {
  const roots = new Map<number, string | undefined>();
  const changes: WarehouseChange[] = [];
  for (const order of orders) {
    const parentId = backOrderFor(order);
    const rootOrderNumber = parentId === undefined ? undefined : await rootNumber(ctx, parentId, roots);
    const change = toStatusChange(order, { now, rootOrderNumber });
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

/** Follows backOrderForOrderId up to the first order (a back order may have its own back order). */
async function rootNumber(ctx: OngoingContext, orderId: number, cache: Map<number, string | undefined>): Promise<string | undefined> {
  if (cache.has(orderId)) return cache.get(orderId);
  let id: number | undefined = orderId;
  let number: string | undefined;
  for (let depth = 0; id !== undefined && depth < 10; depth++) {
    const parent = await getOrderById(ctx, id);
    if (!parent) break;
    number = parent.orderInfo.orderNumber;
    id = backOrderFor(parent);
  }
  cache.set(orderId, number);
  return number;
}
