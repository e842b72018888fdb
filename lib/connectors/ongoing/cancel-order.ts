import { z } from "zod";
import type { CancellationResult, OrderRef } from "@/lib/orders";
import { PartnerError } from "@/lib/http";
import { ongoingCall, type OngoingContext } from "./api";
import { hasWarehouseStarted } from "./map-status";
import { findOrder } from "./orders-read";
import { errorMessage } from "./schemas";

/**
 * `DELETE /orders/{orderId}` (or by order number): only before the warehouse starts [S4][S6].
 * When Ongoing refuses, a read tells why, so "too late" is said out loud, never dropped.
 */
export async function cancelOrder(ctx: OngoingContext, input: { order: OrderRef; reason?: string }): Promise<CancellationResult> {
  const id = input.order.warehouseRef ? Number(input.order.warehouseRef) : NaN;
  const res = await ongoingCall(ctx, {
    method: "DELETE",
    ...(Number.isInteger(id)
      ? { path: `/orders/${id}`, ownerQuery: false }
      : { path: "/orders", query: { orderNumber: input.order.orderNumber } }),
    schema: z.unknown(),
    acceptStatus: [400, 404],
    operation: "cancel order",
  });
  if (res.status < 400) return { outcome: "cancelled" };

  const current = await findOrder(ctx, input.order);
  if (!current) return { outcome: "not_found", message: `Ongoing has no order ${input.order.orderNumber}` };
  const status = current.orderInfo.orderStatus;
  const label = `${status.number}${status.text ? ` ${status.text}` : ""}`;
  if (status.number === 1000) return { outcome: "already_cancelled" };
  if (hasWarehouseStarted(status.number)) {
    return { outcome: "too_late", message: `too late: the warehouse has already started on order ${input.order.orderNumber} (Ongoing status ${label})` };
  }
  throw new PartnerError({
    kind: "permanent",
    reason: "rejected",
    partner: "ongoing",
    status: res.status,
    message: `Ongoing refused to cancel order ${input.order.orderNumber} (status ${label}): ${errorMessage(res.text) ?? "no reason given"}`,
  });
}
