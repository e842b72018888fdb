import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Order } from "@/lib/orders";
import type { VendreContext } from "./api";
import { mapVendreOrder } from "./map-order";
import { listOrdersInStatus } from "./orders-api";

const DEFAULT_LIMIT = 50;

/**
 * Orders in the ready status, oldest id first. The cursor is the last id handed out; each call
 * reads the status from offset 0, because acknowledging moves orders out of it and shifts the
 * offsets. An order that cannot be mapped (no article number, no country code) is logged and
 * skipped, so one bad order does not hold up the rest.
 */
export async function listReadyOrders(ctx: VendreContext, input: CursorInput): Promise<Page<Order>> {
  const after = input.cursor === null ? 0 : Number(input.cursor);
  if (!Number.isFinite(after)) throw new Error(`vendre cursor must be an order id, got ${input.cursor}`);
  const limit = Math.max(1, input.limit ?? DEFAULT_LIMIT);
  const fresh = (await listOrdersInStatus(ctx, [ctx.settings.readyStatus])).filter((o) => o.id > after).sort((a, b) => a.id - b.id);
  const page = fresh.slice(0, limit);
  const items: Order[] = [];
  for (const raw of page) {
    const mapped = mapVendreOrder(raw);
    if (mapped.ok) items.push(mapped.order);
    else ctx.log.warn("Vendre order skipped: it cannot be mapped", { orderId: raw.id, reason: mapped.reason });
  }
  const last = page.at(-1);
  return { items, nextCursor: last ? String(last.id) : input.cursor, hasMore: fresh.length > limit };
}
