import { z } from "zod";
import type { CursorInput, Page, WarehouseChange } from "@/lib/connectors/types";
import { permanentError } from "@/lib/http";
import { rbPage, type RackbeatContext } from "./api";
import { toChange } from "./map-status";
import { rbOrderSchema } from "./schemas";

/**
 * No "updated since" filter was found for Rackbeat, so the poll reads orders newest-updated first
 * (`order_by=updated_at&order_direction=desc` [R1]) and stops at the first one older than the
 * cursor. Only orders Lagerbro created (their_reference set) are reported.
 */
const cursorSchema = z.object({ v: z.literal(1), since: z.iso.datetime(), page: z.number().int().positive(), newest: z.iso.datetime().nullable() });
const LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

function decode(cursor: string | null, now: Date): z.infer<typeof cursorSchema> {
  if (cursor === null) return { v: 1, since: new Date(now.getTime() - LOOKBACK_MS).toISOString(), page: 1, newest: null };
  try {
    return cursorSchema.parse(JSON.parse(cursor));
  } catch {
    throw permanentError("rackbeat", "other", `not a Rackbeat change cursor: ${cursor.slice(0, 80)}`);
  }
}

export async function listChanges(ctx: RackbeatContext, input: CursorInput): Promise<Page<WarehouseChange>> {
  const cursor = decode(input.cursor, ctx.now());
  const { items, hasNext } = await rbPage(ctx, {
    path: "/orders",
    key: "orders",
    item: rbOrderSchema,
    query: { order_by: "updated_at", order_direction: "desc" },
    page: cursor.page,
    limit: Math.min(Math.max(input.limit ?? 50, 1), 200),
    operation: "list changed orders",
  });
  const fresh = items.filter((o) => Date.parse(o.updated_at) >= Date.parse(cursor.since));
  const newest = [cursor.newest, ...fresh.map((o) => new Date(o.updated_at).toISOString())].filter((x): x is string => x !== null).sort().at(-1) ?? null;
  const more = hasNext && fresh.length === items.length;
  const next = more ? { ...cursor, page: cursor.page + 1, newest } : { v: 1 as const, since: newest ?? cursor.since, page: 1, newest: null };
  const changes = fresh.filter((o) => o.their_reference).map(toChange).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return { items: changes, nextCursor: JSON.stringify(next), hasMore: more };
}
