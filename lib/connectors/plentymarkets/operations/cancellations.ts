import type { Cancellation, CancellationResult, OrderRef } from "@/lib/orders";
import type { ConnectorContext, CursorInput, Page } from "../../types";
import { updateOrder } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { listOrdersInStatuses } from "../list-orders";
import { statusKey, toApiStatus } from "../status-ids";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

/** Orders in a cancelled status (default 8) that were not yet moved on to 8.8. */
export async function listCancellations(ctx: Ctx, input: CursorInput): Promise<Page<Cancellation>> {
  const page = await listOrdersInStatuses(ctx, { statuses: ctx.settings.cancelledStatuses.map(toApiStatus), withRelations: false }, input);
  return {
    items: page.items.map((o) => ({
      order: { sourceRef: String(o.id), orderNumber: String(o.id) },
      requestedAt: o.updatedAt,
      sourceStatus: statusKey(o.statusId),
    })),
    nextCursor: page.nextCursor,
    hasMore: page.hasMore,
  };
}

/**
 * 8 → 8.8 once handled. "too_late" sets cancellationTooLateStatus when configured; otherwise
 * 8.8 as in seed 004, and the engine raises the exception that says the warehouse had started.
 */
export async function acknowledgeCancellation(ctx: Ctx, input: { order: OrderRef; result: CancellationResult }): Promise<void> {
  const s = ctx.settings;
  const status = input.result.outcome === "too_late" && s.cancellationTooLateStatus ? s.cancellationTooLateStatus : s.cancellationHandledStatus;
  await updateOrder(ctx, input.order.sourceRef, { statusId: toApiStatus(status) }, `cancellation ${input.result.outcome}`);
}
