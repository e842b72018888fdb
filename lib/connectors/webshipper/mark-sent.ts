import { z } from "zod";
import type { MarkSentResult } from "@/lib/connectors/types";
import type { OrderRef } from "@/lib/orders";
import { permanentError } from "@/lib/http";
import { wsCall, type WebshipperContext } from "./api";
import { findOrder } from "./orders-read";
import { errorText, oneOf, wsErrorsSchema, wsOrderSchema, type WsOrderStatus } from "./schemas";

/** What the answer to the PATCH is read as: the order document [W1], or a JSON:API error (422). */
const answerSchema = z.union([oneOf(wsOrderSchema), wsErrorsSchema]);

/**
 * The source shipped the order (Rackbeat, seed 002): `PATCH /orders/{id}` with status `dispatched`
 * — the update Webshipper takes for a status [W §3, as the Medusa plugin cancels: W4], to a status
 * of its enum [W §4]. Nothing is sent for an order Webshipper already dispatched (it shipped it
 * itself; its shipments come through the status poll) or cancelled. A `partly_dispatched` order is
 * marked too: the rest left from Rackbeat, and Webshipper must not ship it again. Which statuses
 * Webshipper lets an API client set is documented nowhere we could read (GUESS: all but cancelled).
 */
export async function markSent(ctx: WebshipperContext, input: { order: OrderRef }): Promise<MarkSentResult> {
  const order = await findOrder(ctx, input.order);
  if (!order) return { outcome: "not_found" };
  const before = order.attributes.status;
  const settled = settledOutcome(before);
  if (settled) return settled;

  const res = await wsCall(ctx, {
    method: "PATCH",
    path: `/orders/${order.id}`,
    body: { data: { id: order.id, type: "orders", attributes: { status: "dispatched" } } },
    schema: answerSchema,
    acceptStatus: [422],
    // Setting the same status twice is harmless.
    idempotent: true,
    operation: "mark order sent",
  });
  if (res.status === 422 || !("data" in res.data)) {
    // Refused: maybe it was shipped or cancelled a moment ago; otherwise say why.
    const now = await findOrder(ctx, { orderNumber: input.order.orderNumber, warehouseRef: order.id });
    const after = now ? settledOutcome(now.attributes.status) : undefined;
    if (after) return after;
    throw permanentError("webshipper", "rejected", `Webshipper refused to mark order ${input.order.orderNumber} dispatched: ${errorText(res.data) ?? "no reason given"}`);
  }
  const status = res.data.data.attributes.status;
  if (status !== "dispatched") {
    // A 200 that did not take the status (the field ignored): a person must look, a retry will not help.
    throw permanentError("webshipper", "rejected", `Webshipper kept order ${input.order.orderNumber} ${status} when asked to mark it dispatched`);
  }
  return { outcome: "marked", partnerStatus: status };
}

function settledOutcome(status: WsOrderStatus): MarkSentResult | undefined {
  if (status === "dispatched") return { outcome: "already_sent", partnerStatus: status };
  if (status === "cancelled") return { outcome: "cancelled", partnerStatus: status };
  return undefined;
}
