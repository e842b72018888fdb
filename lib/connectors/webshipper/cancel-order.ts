import { z } from "zod";
import type { CancellationResult, OrderRef } from "@/lib/orders";
import { permanentError } from "@/lib/http";
import { wsCall, type WebshipperContext } from "./api";
import { hasShipped } from "./map-status";
import { findOrder } from "./orders-read";
import { errorText, oneOf, wsErrorsSchema, wsOrderSchema } from "./schemas";

/**
 * `PATCH /orders/{id}` with status `cancelled`, as the Medusa plugin cancels [W4]. Once a shipment
 * has left, say "too late" instead of dropping the request.
 */
export async function cancelOrder(ctx: WebshipperContext, input: { order: OrderRef; reason?: string }): Promise<CancellationResult> {
  const order = await findOrder(ctx, input.order);
  if (!order) return { outcome: "not_found", message: `Webshipper has no order ${input.order.orderNumber}` };
  const tooLate = (status: string): CancellationResult => ({
    outcome: "too_late",
    message: `too late: Webshipper has already shipped order ${input.order.orderNumber} (status ${status})`,
  });
  if (order.attributes.status === "cancelled") return { outcome: "already_cancelled" };
  if (hasShipped(order.attributes.status)) return tooLate(order.attributes.status);

  const res = await wsCall(ctx, {
    method: "PATCH",
    path: `/orders/${order.id}`,
    body: { data: { id: order.id, type: "orders", attributes: { status: "cancelled" } } },
    schema: z.union([oneOf(wsOrderSchema), wsErrorsSchema]),
    acceptStatus: [422],
    // Setting the same status twice is harmless.
    idempotent: true,
    operation: "cancel order",
  });
  if (res.status !== 422) return { outcome: "cancelled" };
  const now = await findOrder(ctx, { orderNumber: input.order.orderNumber, warehouseRef: order.id });
  if (now && hasShipped(now.attributes.status)) return tooLate(now.attributes.status);
  if (now?.attributes.status === "cancelled") return { outcome: "already_cancelled" };
  throw permanentError("webshipper", "rejected", `Webshipper refused to cancel order ${input.order.orderNumber}: ${errorText(res.data) ?? "no reason given"}`);
}
