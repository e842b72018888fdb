import type { Order } from "@/lib/orders";
import type { ConnectorContext, CursorInput, Page } from "../../types";
import { countryCodes } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { listOrdersInStatuses } from "../list-orders";
import { mapPlentyOrder } from "../map-order";
import { toApiStatus } from "../status-ids";

/**
 * Orders in the ready status (default 5) for the configured warehouse and plentyID. An order
 * that cannot become a canonical order (no address, no SKU, a fractional quantity) is left in
 * plentymarkets, logged, and skipped, so one bad order does not hold up the others.
 */
export async function listReadyOrders(ctx: ConnectorContext<PlentyCredentials, PlentySettings>, input: CursorInput): Promise<Page<Order>> {
  const page = await listOrdersInStatuses(ctx, { statuses: [toApiStatus(ctx.settings.readyStatus)], withRelations: true }, input);
  const countries = page.items.length ? await countryCodes(ctx) : new Map<number, string>();
  const items: Order[] = [];
  for (const raw of page.items) {
    const mapped = mapPlentyOrder(raw, { countries });
    if (mapped.ok) items.push(mapped.order);
    else ctx.log.warn("plentymarkets order skipped: it cannot be mapped", { orderId: raw.id, reason: mapped.reason });
  }
  return { items, nextCursor: page.nextCursor, hasMore: page.hasMore };
}
