import type { Return } from "@/lib/orders";
import type { ConnectorContext, CursorInput, Page } from "../../types";
import { updateOrder } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { listOrdersInStatuses } from "../list-orders";
import { toApiStatus } from "../status-ids";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

const ITEM_VARIATION = 1;
const ITEM_BUNDLE_COMPONENT = 3;

/**
 * Orders in the return status (default 9), one return each with all their shipped lines.
 * A return order (typeId 3) is reported under its own id: its link to the sales order is not
 * read (that relation is not in our spec subset).
 */
export async function listReturns(ctx: Ctx, input: CursorInput): Promise<Page<Return>> {
  const page = await listOrdersInStatuses(ctx, { statuses: [toApiStatus(ctx.settings.returnStatus)], withRelations: true }, input);
  return {
    items: page.items.map((o) => ({
      returnRef: String(o.id),
      order: { sourceRef: String(o.id), orderNumber: String(o.id) },
      createdAt: o.updatedAt,
      lines: o.orderItems
        .filter((i) => (i.typeId === ITEM_VARIATION || i.typeId === ITEM_BUNDLE_COMPONENT) && i.variation?.number && Number.isInteger(i.quantity) && i.quantity > 0)
        .map((i) => ({ sku: String(i.variation?.number), quantity: i.quantity, lineRef: String(i.id) })),
      received: false,
    })),
    nextCursor: page.nextCursor,
    hasMore: page.hasMore,
  };
}

/** Sets returnHandledStatus (e.g. 9.01) when configured; without it the status stays. */
export async function acknowledgeReturn(ctx: Ctx, input: { ret: Return }): Promise<void> {
  const status = ctx.settings.returnHandledStatus;
  if (!status) return;
  await updateOrder(ctx, input.ret.returnRef, { statusId: toApiStatus(status) }, "return handled");
}
