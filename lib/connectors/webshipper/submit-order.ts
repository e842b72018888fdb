import { z } from "zod";
import type { SubmitOrderInput, SubmitOrderResult } from "@/lib/connectors/types";
import { parseResponse, PartnerError } from "@/lib/http";
import { wsCall, type WebshipperContext } from "./api";
import { toWebshipperOrder } from "./map-order";
import { canonicalStatus } from "./map-status";
import { findOrderByExtRef } from "./orders-read";
import { errorText, oneOf, wsErrorsSchema, wsOrderSchema, type WsOrder } from "./schemas";

const result = (order: WsOrder, created: boolean): SubmitOrderResult => ({
  warehouseRef: order.id,
  status: canonicalStatus(order.attributes.status, order.attributes.error_class),
  created,
});

/**
 * Idempotent on ext_ref = order number: look first, create only when absent. A POST is never
 * repeated blindly (it is not idempotent); a lost answer is found by the next attempt's lookup,
 * and a race answers 422 on ext_ref, after which the other writer's order is returned.
 * shippingCode is the Webshipper shipping rate id the link mapped the delivery term to; without
 * one Webshipper sets `missing_rate` [W2].
 */
export async function submitOrder(ctx: WebshipperContext, input: SubmitOrderInput): Promise<SubmitOrderResult> {
  const existing = await findOrderByExtRef(ctx, input.order.orderNumber);
  if (existing) return result(existing, false);

  const res = await wsCall(ctx, {
    method: "POST",
    path: "/orders",
    body: toWebshipperOrder(input.order, { orderChannelId: ctx.credentials.orderChannelId, shippingRateId: input.shippingCode }),
    schema: z.union([oneOf(wsOrderSchema), wsErrorsSchema]),
    acceptStatus: [422],
    operation: "submit order",
  });
  if (res.status !== 422) return result(parseResponse(oneOf(wsOrderSchema), res.data, { partner: "webshipper", operation: "submit order" }).data, true);

  const raced = await findOrderByExtRef(ctx, input.order.orderNumber);
  if (raced) return result(raced, false);
  throw new PartnerError({
    kind: "permanent",
    reason: "rejected",
    partner: "webshipper",
    status: 422,
    message: `Webshipper refused order ${input.order.orderNumber}: ${errorText(res.data) ?? "no reason given"}`,
    body: res.text.slice(0, 2000),
  });
}
