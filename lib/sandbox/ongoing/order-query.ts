import { ERROR_BODY } from "./facts";
import { dateParam, intParam, listParam } from "./http";
import { fail, ok, type Result } from "./result";
import type { OngoingStore, StoredOrder } from "./store";

/**
 * `GET /orders` filters as named in the OpenAPI client [S4] orders_get_all.py. Results come in
 * ascending orderId; `orderIdFrom` is inclusive (clients pass highest id + 1 [S5], "greater than
 * 1 + X" [S7] paginating-responses) and `maxOrdersToGet` caps the page. Time filters are
 * inclusive lower / upper bounds.
 */
export function queryOrders(store: OngoingStore, goodsOwnerId: number, url: URL): Result<StoredOrder[]> {
  const ints = ["orderStatusFrom", "orderStatusTo", "orderIdFrom", "maxOrdersToGet", "backOrderForOrderId"] as const;
  const n: Partial<Record<(typeof ints)[number], number>> = {};
  for (const name of ints) {
    const v = intParam(url, name);
    if (v === null) return fail(400, ERROR_BODY.invalid({ [name]: [`The value is not valid for ${name}.`] }));
    if (v !== undefined) n[name] = v;
  }
  const dates = [
    "orderStatusChangedTimeFrom",
    "orderUpdatedTimeFrom",
    "orderCreatedTimeFrom",
    "orderCreatedTimeTo",
    "shippedTimeFrom",
    "shippedTimeTo",
  ] as const;
  const d: Partial<Record<(typeof dates)[number], Date>> = {};
  for (const name of dates) {
    const v = dateParam(url, name);
    if (v === null) return fail(400, ERROR_BODY.invalid({ [name]: [`The value is not valid for ${name}.`] }));
    if (v !== undefined) d[name] = v;
  }
  const orderNumbers = [...listParam(url, "orderNumbers"), ...listParam(url, "orderNumber")];
  const articleNumbers = listParam(url, "articleNumbers");
  const onlyToReport = url.searchParams.get("onlyOrdersWithOrderLinesToReport") === "true";

  const rows = store.ordersOf(goodsOwnerId).filter((o) => {
    if (orderNumbers.length > 0 && !orderNumbers.includes(o.orderNumber)) return false;
    if (n.orderStatusFrom !== undefined && o.statusNumber < n.orderStatusFrom) return false;
    if (n.orderStatusTo !== undefined && o.statusNumber > n.orderStatusTo) return false;
    if (n.orderIdFrom !== undefined && o.orderId < n.orderIdFrom) return false;
    if (n.backOrderForOrderId !== undefined && o.backOrderForOrderId !== n.backOrderForOrderId) return false;
    if (d.orderStatusChangedTimeFrom && o.statusChangedAt < d.orderStatusChangedTimeFrom) return false;
    if (d.orderUpdatedTimeFrom && o.updatedAt < d.orderUpdatedTimeFrom) return false;
    if (d.orderCreatedTimeFrom && o.createdAt < d.orderCreatedTimeFrom) return false;
    if (d.orderCreatedTimeTo && o.createdAt > d.orderCreatedTimeTo) return false;
    if (d.shippedTimeFrom && (!o.shippedAt || o.shippedAt < d.shippedTimeFrom)) return false;
    if (d.shippedTimeTo && (!o.shippedAt || o.shippedAt > d.shippedTimeTo)) return false;
    if (articleNumbers.length > 0 && !o.lines.some((l) => articleNumbers.includes(l.articleNumber))) return false;
    if (onlyToReport && !o.lines.some((l) => l.pickedNumberOfItems > (l.reportedNumberOfItems ?? 0))) return false;
    return true;
  });
  return ok(n.maxOrdersToGet !== undefined ? rows.slice(0, Math.max(0, n.maxOrdersToGet)) : rows);
}
