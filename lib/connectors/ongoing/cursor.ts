import { z } from "zod";
import { permanentError } from "@/lib/http";

/**
 * Where a change poll stands: orders whose status changed since `since`, walked by keyset
 * (`idFrom` = highest orderId seen + 1). `windowStart` is Ongoing's own time (its Date header)
 * when the current walk began; the next walk starts there, so our clock's skew does not matter.
 */
const cursorSchema = z.object({
  v: z.literal(1),
  since: z.iso.datetime(),
  idFrom: z.number().int().nonnegative(),
  windowStart: z.iso.datetime().nullable(),
});
export type ChangeCursor = z.infer<typeof cursorSchema>;

/** How far back the first poll of a new connection looks. */
const FIRST_POLL_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;
/** The Date header counts whole seconds; re-read one more so nothing falls between windows. */
const OVERLAP_MS = 1000;

export function decodeCursor(cursor: string | null, now: Date): ChangeCursor {
  if (cursor === null) {
    return { v: 1, since: new Date(now.getTime() - FIRST_POLL_LOOKBACK_MS).toISOString(), idFrom: 0, windowStart: null };
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

/** Ongoing's time from a response's Date header; our own clock when it sends none. */
export function serverTime(headers: Headers, fallback: Date): Date {
  const t = Date.parse(headers.get("date") ?? "");
  return Number.isNaN(t) ? fallback : new Date(t);
}

/** The cursor after a finished walk: the next one starts where this one began. */
export function nextWindow(windowStart: Date): ChangeCursor {
  return { v: 1, since: new Date(windowStart.getTime() - OVERLAP_MS).toISOString(), idFrom: 0, windowStart: null };
}
