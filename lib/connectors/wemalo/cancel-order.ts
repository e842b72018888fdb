import type { CancellationResult, OrderRef } from "@/lib/orders";
import * as api from "./api";
import type { WemaloContext } from "./context";
import { describeError, rejected } from "./errors";

/**
 * `PUT /goodsOrder/cancel/:externalId` works only while the order is not picked/packed [M1].
 * wemalo's refusal body is not documented, so a refusal is judged by reading the status again:
 * started → too_late (said out loud, seed 004), already cancelled → already_cancelled.
 */
export async function cancelOrder(ctx: WemaloContext, input: { order: OrderRef; reason?: string }): Promise<CancellationResult> {
  const externalId = input.order.orderNumber;
  const body: Record<string, unknown> = { reason: input.reason ?? "Cancelled by the shop" };
  if (ctx.credentials.shop) body.shop = ctx.credentials.shop;
  const before = await api.getStatus(ctx, externalId);
  if (!before) return { outcome: "not_found", message: `wemalo has no order ${externalId}` };
  if (before.statusName === "CANCELLED") return { outcome: "already_cancelled" };

  const res = await api.cancel(ctx, externalId, body);
  if (res.ok) return { outcome: "cancelled" };
  if (res.status === 404) return { outcome: "not_found", message: `wemalo has no order ${externalId}` };
  const after = await api.getStatus(ctx, externalId);
  if (after?.statusName === "CANCELLED") return { outcome: "already_cancelled" };
  if (after) return { outcome: "too_late", message: `too late: the warehouse has started (wemalo status ${after.statusName})` };
  throw rejected(`wemalo refused to cancel ${externalId}: ${describeError(res.error)}`, res.status, res.text);
}
