import { needsMerchant } from "@/lib/http/errors";
import type { SubmitOrderInput, SubmitOrderResult } from "../types";
import * as api from "./api";
import { PARTNER, type WemaloContext } from "./context";
import { describeError, missingReceiverField, rejected, unknownSkuIn } from "./errors";
import { toWemaloOrder } from "./order-mapping";
import { mapWemaloStatus } from "./status-map";

/**
 * Idempotent hand-over, keyed on the order number as wemalo's `meta.externalId`:
 * 1. look the order up; one wemalo has started on is returned as it is (created: false);
 * 2. otherwise send it with the conditional add, which keeps one order per externalId, so a
 *    retry after a crash between the two calls cannot make a second one. An order still held as
 *    PARTIAL is sent again, so a fixed address or SKU reaches wemalo.
 */
export async function submitOrder(ctx: WemaloContext, input: SubmitOrderInput): Promise<SubmitOrderResult> {
  const { order } = input;
  const existing = await api.getStatus(ctx, order.orderNumber);
  if (existing && existing.statusName !== "PARTIAL") {
    return { warehouseRef: String(existing.id ?? order.orderNumber), status: mapWemaloStatus(existing.statusName).status, created: false };
  }

  const body = toWemaloOrder(order, { shop: ctx.credentials.shop, dispatcherProfile: input.shippingCode });
  const res = await api.addConditional(ctx, body);
  if (!res.ok) {
    const { error } = res;
    const skus = order.lines.map((l) => l.sku);
    const sku = unknownSkuIn(error, skus);
    if (res.status === 404 && sku) throw needsMerchant(PARTNER, "unknown_sku", `unknown SKU ${sku}`);
    const field = missingReceiverField(error);
    if (field) throw needsMerchant(PARTNER, "bad_address", `wemalo needs ${field.replace("meta.receiver.", "the address field ")} for order ${order.orderNumber}`);
    throw rejected(`wemalo refused order ${order.orderNumber}: ${describeError(error)}`, res.status, res.text);
  }
  const answer = res.data;
  return {
    warehouseRef: String(answer.id),
    status: mapWemaloStatus(answer.orderStatus, answer.reasonPartiallyReserved, answer.blockReason).status,
    created: existing === null,
  };
}
