import { z } from "zod";
import type { CancellationResult, OrderRef } from "@/lib/orders";
import { permanentError } from "@/lib/http";
import { rbCall, type RackbeatContext } from "./api";
import { findByReference, getOrder } from "./orders-read";
import { errorText, rbErrorSchema } from "./schemas";

/** `DELETE orders/{number}` while nothing has shipped (the semantics beyond is_cancelled are GUESS [R §2]). */
export async function cancelOrder(ctx: RackbeatContext, input: { order: OrderRef; reason?: string }): Promise<CancellationResult> {
  const order = (input.order.warehouseRef ? await getOrder(ctx, input.order.warehouseRef) : undefined) ?? (await findByReference(ctx, input.order.orderNumber));
  if (!order) return { outcome: "not_found", message: `Rackbeat has no order ${input.order.orderNumber}` };
  if (order.is_cancelled) return { outcome: "already_cancelled" };
  if (order.is_shipped || order.is_partly_shipped) return { outcome: "too_late", message: `too late: order ${order.number} has shipped in Rackbeat` };
  const res = await rbCall(ctx, { method: "DELETE", path: `/orders/${order.number}`, schema: z.union([z.unknown(), rbErrorSchema]), acceptStatus: [422], operation: "cancel order" });
  if (res.status !== 422) return { outcome: "cancelled" };
  throw permanentError("rackbeat", "rejected", `Rackbeat refused to cancel order ${order.number}: ${errorText(res.data) ?? "no reason given"}`);
}
