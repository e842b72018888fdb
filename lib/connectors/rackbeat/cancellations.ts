import type { CursorInput, Page } from "@/lib/connectors/types";
import type { Cancellation, CancellationResult, Return } from "@/lib/orders";
import { rbPage, type RackbeatContext } from "./api";
import { addNoteOnce, notesOf } from "./orders-read";
import { rbOrderSchema } from "./schemas";
import { cancellationMarker, parseSourceRef } from "./source-refs";

/** Cancelled orders (`is_cancelled=true` [R1]) without our cancellation note. */
export async function listCancellations(ctx: RackbeatContext, input: CursorInput): Promise<Page<Cancellation>> {
  const page = input.cursor && /^\d+$/.test(input.cursor) ? Number(input.cursor) : 1;
  const { items, hasNext } = await rbPage(ctx, { path: "/orders", key: "orders", item: rbOrderSchema, query: { is_cancelled: true, order_direction: "asc" }, page, operation: "list cancellations" });
  const open: Cancellation[] = [];
  for (const o of items) {
    if ((await notesOf(ctx, o.number)).some((n) => n.includes(cancellationMarker))) continue;
    open.push({ order: { sourceRef: String(o.number), orderNumber: String(o.number) }, requestedAt: new Date(o.updated_at).toISOString(), sourceStatus: "is_cancelled" });
  }
  return { items: open, nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

export async function acknowledgeCancellation(ctx: RackbeatContext, input: { order: { sourceRef: string }; result: CancellationResult }): Promise<void> {
  const { orderNumber } = parseSourceRef(input.order.sourceRef);
  const text = input.result.outcome === "too_late" ? `Too late to cancel at Webshipper: ${input.result.message ?? "it has shipped"}` : `Cancellation at Webshipper: ${input.result.outcome}`;
  await addNoteOnce(ctx, orderNumber, cancellationMarker, `${text} ${cancellationMarker}`);
}

/** Returns are not part of seed 002's Rackbeat ↔ Webshipper sync. */
export async function listReturns(): Promise<Page<Return>> {
  return { items: [], nextCursor: null, hasMore: false };
}
