import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";
import { readCursor, saveCursor } from "./cursors";
import { PIPELINE_EVENTS } from "./events";
import { loadLink } from "./links";
import { openSource } from "./open-link";
import { recordEvent } from "./timeline";
import { handleLinkFailure } from "./link-failure";
import { takeBackFixedOrder } from "./take-back-fixed-order";

export interface IntakeResult {
  /** New orders stored (each announced with order.received). */
  received: string[];
  /** Orders in exception that the shop released again after a fix (announced again). */
  takenBack: number;
  /** Orders the source listed that this link already had. */
  duplicates: number;
  pages: number;
  cursor: string | null;
  /** The source has more ready orders than this run took (maxPages reached): run again soon. */
  more: boolean;
  outcome: "done" | "paused" | "exception";
}

/**
 * Lists the source's ready orders since the link's cursor, stores each new one once (unique per
 * link and source reference), announces it with order.received and moves the cursor, all in one
 * transaction per page, so a crash leaves either the page fully taken in or not at all.
 */
export async function intakeLink(
  tenantId: string,
  linkId: string,
  options: { pageSize?: number; maxPages?: number; /** Read the whole ready list, not only after the cursor (reconciliation). */ fromStart?: boolean } = {},
): Promise<IntakeResult> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result: IntakeResult = { received: [], takenBack: 0, duplicates: 0, pages: 0, cursor: null, more: false, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "paused" };

  const source = await openSource(tenantId, link);
  let cursor = options.fromStart ? null : await withTenant(tenantId, (tx) => readCursor(tx, linkId, "intake"));
  const maxPages = options.maxPages ?? 20;

  for (let page = 0; page < maxPages; page++) {
    let listed;
    try {
      listed = await source.ops.listReadyOrders(source.context, { cursor, limit: options.pageSize ?? 50 });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "intake", error)) return { ...result, cursor, outcome: "exception" };
      throw error;
    }
    result.pages += 1;
    const nextCursor = listed.nextCursor;
    await withTenant(tenantId, async (tx) => {
      for (const order of listed.items) {
        const [row] = await tx
          .insert(orders)
          .values({ tenantId, linkId, sourceRef: order.sourceRef, orderNumber: order.orderNumber, canonical: order, status: "received" })
          .onConflictDoNothing({ target: [orders.linkId, orders.sourceRef] })
          .returning({ id: orders.id });
        if (!row) {
          if (await takeBackFixedOrder(tx, tenantId, linkId, order)) result.takenBack += 1;
          else result.duplicates += 1;
          continue;
        }
        await recordEvent(tx, tenantId, row.id, {
          kind: "received",
          message: `Order ${order.orderNumber} picked up from the source.`,
          detail: { sourceRef: order.sourceRef, lines: order.lines.length, shippingMethod: order.shippingMethod.code },
        });
        await enqueue(tx, tenantId, { name: PIPELINE_EVENTS.orderReceived, data: { tenantId, linkId, orderId: row.id }, key: `order.received:${row.id}` });
        result.received.push(row.id);
      }
      if (!options.fromStart) await saveCursor(tx, tenantId, linkId, "intake", nextCursor);
    });
    cursor = nextCursor;
    result.more = listed.hasMore;
    if (!listed.hasMore) break;
  }
  result.cursor = cursor;
  return result;
}
