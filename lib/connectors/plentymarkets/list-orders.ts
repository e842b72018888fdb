import type { ConnectorContext, CursorInput, Page } from "../types";
import { listOrdersPage } from "./api";
import type { PlentyCredentials } from "./credentials";
import type { PlentyOrder } from "./schemas";

export interface StatusRange {
  /** Exact status ids wanted; the query asks for their range and we keep only these. */
  statuses: number[];
  withRelations: boolean;
}

const defaultLimit = 50;

/**
 * Orders in the given statuses, oldest id first, `limit` at a time. The cursor is the last
 * order id handed out: every call starts again at page 1 and skips ids up to it, because
 * acknowledging moves orders out of the status and shifts the pages under us. In the normal
 * run those orders are gone, so page 1 already holds the next ones.
 */
export async function listOrdersInStatuses(
  ctx: ConnectorContext<PlentyCredentials, unknown>,
  range: StatusRange,
  input: CursorInput,
): Promise<Page<PlentyOrder>> {
  const after = input.cursor === null ? 0 : Number(input.cursor);
  if (!Number.isFinite(after)) throw new Error(`plentymarkets cursor must be an order id, got ${input.cursor}`);
  const limit = Math.max(1, input.limit ?? defaultLimit);
  const wanted = new Set(range.statuses);
  const items: PlentyOrder[] = [];
  let hasMore = false;

  for (let page = 1; ; page++) {
    const res = await listOrdersPage(ctx, {
      statusFrom: Math.min(...range.statuses),
      statusTo: Math.max(...range.statuses),
      page,
      itemsPerPage: Math.min(limit, 250),
      withRelations: range.withRelations,
    });
    // plentyId filter here, not in the query: GET /rest/orders filters by "clientId", whose
    // relation to the plentyId is not confirmed.
    const fresh = res.entries.filter((o) => o.id > after && wanted.has(o.statusId) && o.plentyId === ctx.credentials.plentyId);
    for (const order of fresh) {
      if (items.length < limit) items.push(order);
      else hasMore = true;
    }
    const lastPage = res.isLastPage || page >= res.lastPageNumber;
    if (hasMore || (items.length >= limit && !lastPage)) {
      hasMore = true;
      break;
    }
    if (lastPage) break;
  }
  const last = items.at(-1);
  return { items, nextCursor: last ? String(last.id) : input.cursor, hasMore };
}
