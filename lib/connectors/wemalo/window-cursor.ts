import { permanentError } from "@/lib/http/errors";
import type { Window } from "./api";
import { PARTNER } from "./context";
import { toBookingDate } from "./wemalo-time";

/**
 * wemalo's feeds are queried by time window (`dateFrom`/`dateTo`, to the second, German local
 * time) and paged [M1]. The cursor remembers where the last window ended. Each new window starts
 * OVERLAP_MS earlier to survive clock drift between us and wemalo, and rows already seen in the
 * overlap are skipped by id. A window read only in part (limit reached) resumes at its next page.
 */
export const OVERLAP_MS = 60_000;
/** How far back a connection without a cursor looks. */
export const FIRST_LOOK_BACK_MS = 14 * 24 * 60 * 60 * 1000;

interface CursorState {
  v: 1;
  /** End of the last completed window, ISO. */
  from: string;
  /** Set while a window is being read page by page. */
  to?: string;
  page?: number;
  /** [row id, epoch seconds] of rows already returned near the window's edge. */
  seen: Array<[string, number]>;
}

export function decodeCursor(cursor: string | null, now: Date): CursorState {
  if (cursor === null) return { v: 1, from: new Date(now.getTime() - FIRST_LOOK_BACK_MS).toISOString(), seen: [] };
  try {
    const state = JSON.parse(cursor) as CursorState;
    if (state.v === 1 && typeof state.from === "string" && Array.isArray(state.seen)) return state;
  } catch {
    // falls through
  }
  throw permanentError(PARTNER, "other", `unreadable wemalo cursor: ${cursor.slice(0, 80)}`);
}

export interface WindowRead<R> {
  rows: R[];
  nextCursor: string;
  hasMore: boolean;
}

export async function readWindow<R>(options: {
  cursor: string | null;
  now: Date;
  /** Stop after this many new rows, at a page boundary. */
  limit: number;
  fetchPage(window: Window): Promise<{ rows: R[]; additionalPage: boolean }>;
  idOf(row: R): string;
  /** Epoch seconds of the row's booking date. */
  secondsOf(row: R): number;
}): Promise<WindowRead<R>> {
  const state = decodeCursor(options.cursor, options.now);
  const to = state.to ? new Date(state.to) : options.now;
  const from = new Date(new Date(state.from).getTime() - OVERLAP_MS);
  const seen = new Map(state.seen);
  const rows: R[] = [];
  let page = state.page ?? 0;
  let more = true;
  while (more && rows.length < options.limit) {
    const result = await options.fetchPage({ dateFrom: toBookingDate(from), dateTo: toBookingDate(to), page });
    for (const row of result.rows) {
      const id = options.idOf(row);
      if (seen.has(id)) continue;
      seen.set(id, options.secondsOf(row));
      rows.push(row);
    }
    more = result.additionalPage;
    page += 1;
  }
  const edge = Math.floor((to.getTime() - OVERLAP_MS) / 1000) - 1;
  const kept = [...seen].filter(([, seconds]) => seconds >= edge);
  const next: CursorState = more ? { v: 1, from: state.from, to: to.toISOString(), page, seen: kept } : { v: 1, from: to.toISOString(), seen: kept };
  return { rows, nextCursor: JSON.stringify(next), hasMore: more };
}
