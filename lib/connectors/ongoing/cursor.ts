import { z } from "zod";
import { permanentError } from "@/lib/http";

/**
 * Where a change poll stands: orders whose status changed since `since`, walked by keyset
 * (`idFrom` = highest orderId seen + 1). `windowStart` is when the current walk began; once it
 * ends, the next walk starts from there, less an overlap for clock skew between us and Ongoing.
 */
const cursorSchema = z.object({ v: z.literal(1), since: z.iso.datetime(), idFrom: z.number().int().nonnegative(), windowStart: z.iso.datetime() });
export type ChangeCursor = z.infer<typeof cursorSchema>;

/** How far back the first poll of a new connection looks. */
export const FIRST_POLL_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Re-read this much of the previous window; duplicates are harmless, gaps are not. */
export const OVERLAP_MS = 2 * 60 * 1000;

export function decodeCursor(cursor: string | null, now: Date): ChangeCursor {
  if (cursor === null) {
    const since = new Date(now.getTime() - FIRST_POLL_LOOKBACK_MS).toISOString();
    return { v: 1, since, idFrom: 0, windowStart: now.toISOString() };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(cursor);
  } catch {
    raw = undefined;
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success) throw permanentError("ongoing", "other", `not an Ongoing change cursor: ${cursor.slice(0, 80)}`);
  return parsed.data;
}

export function encodeCursor(cursor: ChangeCursor): string {
  return JSON.stringify(cursor);
}

/** The cursor after a finished walk: the next one starts where this one began. */
export function nextWindow(cursor: ChangeCursor, now: Date): ChangeCursor {
  const since = new Date(Date.parse(cursor.windowStart) - OVERLAP_MS).toISOString();
  return { v: 1, since, idFrom: 0, windowStart: now.toISOString() };
}
