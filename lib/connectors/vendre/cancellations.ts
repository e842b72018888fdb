import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Cancellation, CancellationResult, OrderRef } from "@/lib/orders";
import type { VendreContext } from "./api";
import { vendreTime } from "./map-order";
import { listOrdersInStatus, updateOrderStatus } from "./orders-api";

/** Orders in the configured cancelled status; none when it is not set. */
export async function listCancellations(ctx: VendreContext, input: CursorInput): Promise<Page<Cancellation>> {
  const status = ctx.settings.cancelledStatus;
  if (status === undefined) return { items: [], nextCursor: input.cursor, hasMore: false };
  const orders = await listOrdersInStatus(ctx, [status]);
  return {
    items: orders.map((o) => ({
      order: { sourceRef: String(o.id), orderNumber: String(o.id) },
      requestedAt: vendreTime(o.last_modified ?? o.date_purchased) ?? ctx.now().toISOString(),
      sourceStatus: String(o.status),
    })),
    nextCursor: input.cursor,
    hasMore: false,
  };
}

/** Moves the order on to the handled status so it is not listed again (needs that setting). */
export async function acknowledgeCancellation(ctx: VendreContext, input: { order: OrderRef; result: CancellationResult }): Promise<void> {
  const status = ctx.settings.cancellationHandledStatus;
  if (status === undefined) {
    ctx.log.warn("Vendre cancellation handled, but no 'Cancellation handled' status is set: it will be listed again", { orderId: input.order.sourceRef });
    return;
  }
  await updateOrderStatus(ctx, input.order.sourceRef, { status, notifyCustomer: false, comment: input.result.message }, `cancellation ${input.result.outcome}`);
}
