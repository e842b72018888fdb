import { z } from "zod";
import { permanentError } from "@/lib/http";

/**
 * Where a change poll stands: orders updated at or after `since`, walked page by page. The next
 * walk starts at the newest `updated_at` this walk saw (Webshipper's own clock, so our skew does
 * not matter); re-reading the boundary order is harmless because changes are deduplicated.
 */
const cursorSchema = z.object({ v: z.literal(1), since: z.iso.datetime(), page: z.number().int().positive(), newest: z.iso.datetime().nullable() });
export type ChangeCursor = z.infer<typeof cursorSchema>;

const FIRST_POLL_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

export function decodeCursor(cursor: string | null, now: Date): ChangeCursor {
  if (cursor === null) return { v: 1, since: new Date(now.getTime() - FIRST_POLL_LOOKBACK_MS).toISOString(), page: 1, newest: null };
  let raw: unknown;
  try {
    raw = JSON.parse(cursor);
  } catch {
    raw = undefined;
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success) throw permanentError("webshipper", "other", `not a Webshipper change cursor: ${cursor.slice(0, 80)}`);
  return parsed.data;
}

export const encodeCursor = (cursor: ChangeCursor) => JSON.stringify(cursor);

export function later(a: string | null, b: string): string {
  return a === null || Date.parse(b) > Date.parse(a) ? new Date(b).toISOString() : a;
}
