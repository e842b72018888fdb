import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Cancellation, CancellationResult, Return } from "@/lib/orders";
import { wsPage, type WebshipperContext } from "./api";
import { wsOrderSchema } from "./schemas";
import { cancelledTag } from "./source-refs";
import { addTag } from "./tags";

/** Orders cancelled in Webshipper that we have not reported on yet (no cancelled tag). */
export async function listCancellations(ctx: WebshipperContext, input: CursorInput): Promise<Page<Cancellation>> {
  const page = input.cursor && /^\d+$/.test(input.cursor) ? Number(input.cursor) : 1;
  const { items, hasNext } = await wsPage(ctx, {
    path: "/orders",
    item: wsOrderSchema,
    query: { "filter[status]": "cancelled", "filter[order_channel_id]": ctx.credentials.orderChannelId },
    page,
    operation: "list cancellations",
  });
  const tag = cancelledTag(ctx.settings.sentTag);
  const cancellations = items
    .filter((o) => (o.attributes.tags ?? []).includes(ctx.settings.sentTag) && !(o.attributes.tags ?? []).includes(tag))
    .map((o) => ({
      order: { sourceRef: o.id, orderNumber: o.attributes.visible_ref || o.id },
      requestedAt: new Date(o.attributes.updated_at).toISOString(),
      sourceStatus: "cancelled",
    }));
  return { items: cancellations, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

export async function acknowledgeCancellation(ctx: WebshipperContext, input: { order: { sourceRef: string }; result: CancellationResult }): Promise<void> {
  await addTag(ctx, input.order.sourceRef.split(":")[0]!, cancelledTag(ctx.settings.sentTag));
}

/** Webshipper returns are booked by the carrier, not announced to the other side (not in seed 002). */
export async function listReturns(): Promise<Page<Return>> {
  return { items: [], nextCursor: null, hasMore: false };
}
