import type { SubmitOrderInput, SubmitOrderResult } from "@/lib/connectors/types";
import { z } from "zod";
import { needsMerchant, PartnerError } from "@/lib/http";
import { ongoingCall, type OngoingContext } from "./api";
import { listArticles } from "./articles";
import { toOngoingOrder } from "./map-order";
import { canonicalStatus, hasWarehouseStarted } from "./map-status";
import { findOrderByNumber } from "./orders-read";
import { aspNetErrorSchema, errorMessage, putOrderResponseSchema } from "./schemas";

/**
 * `PUT /orders` creates or updates by order number [S4], so a retry never makes a second order.
 * A refusal (400) is explained with follow-up reads rather than by the wording of the message,
 * which is not documented: the order may already be in the warehouse's hands (then this was a
 * retry), or an article may be missing (Ongoing needs the article before the order [S5]).
 */
export async function submitOrder(ctx: OngoingContext, input: SubmitOrderInput): Promise<SubmitOrderResult> {
  const body = toOngoingOrder(input.order, {
    goodsOwnerId: ctx.credentials.goodsOwnerId,
    shippingCode: input.shippingCode,
    notifyConsignee: ctx.settings.notifyConsignee,
    now: ctx.now(),
  });
  const res = await ongoingCall(ctx, {
    method: "PUT",
    path: "/orders",
    body,
    // Both shapes, so a garbled answer is caught (and the PUT repeated) by the HTTP client.
    schema: z.union([putOrderResponseSchema, aspNetErrorSchema]),
    acceptStatus: [400],
    operation: "submit order",
  });
  if (res.status !== 400 && "orderId" in res.data) {
    // 201 for a new order, 200 for an update (the OpenAPI client documents both [S4]).
    return { warehouseRef: String(res.data.orderId), status: "accepted", created: res.status === 201 };
  }

  const refusal = errorMessage(res.text) ?? "order refused";
  const existing = await findOrderByNumber(ctx, input.order.orderNumber);
  if (existing && hasWarehouseStarted(existing.orderInfo.orderStatus.number)) {
    ctx.log.warn("Ongoing already works on this order; kept it as it is", { orderNumber: input.order.orderNumber, refusal });
    return { warehouseRef: String(existing.orderInfo.orderId), status: canonicalStatus(existing.orderInfo.orderStatus.number), created: false };
  }
  const skus = input.order.lines.map((l) => l.sku);
  const known = new Set((await listArticles(ctx, { articleNumbers: skus })).map((a) => a.articleNumber));
  const missing = [...new Set(skus.filter((sku) => !known.has(sku)))];
  if (missing.length > 0) {
    throw needsMerchant("ongoing", "unknown_sku", missing.map((sku) => `unknown SKU ${sku}`).join("; ") + " (create the article in Ongoing first)");
  }
  throw new PartnerError({ kind: "permanent", reason: "rejected", partner: "ongoing", status: 400, message: `Ongoing refused order ${input.order.orderNumber}: ${refusal}`, body: res.text.slice(0, 2000) });
}
