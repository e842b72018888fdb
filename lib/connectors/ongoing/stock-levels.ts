import type { CursorInput, Page, StockQuery } from "@/lib/connectors/types";
import type { StockLevel } from "@/lib/orders";
import type { OngoingContext } from "./api";
import { listArticles } from "./articles";

/** Ongoing refuses `stockInfoChangedFrom` older than 24 hours ([S5] client.live.test.ts). */
const MAX_CHANGED_SINCE_AGE_MS = 24 * 60 * 60 * 1000 - 60_000;

/** Stock is part of the article model (`inventoryInfo`) [S1][S4]. */
export async function getStockLevels(ctx: OngoingContext, input: StockQuery): Promise<StockLevel[]> {
  const now = ctx.now();
  // Older than Ongoing allows: read everything instead of failing.
  const changedSince =
    input.changedSince && now.getTime() - input.changedSince.getTime() <= MAX_CHANGED_SINCE_AGE_MS ? input.changedSince : undefined;
  const articles = await listArticles(ctx, { articleNumbers: input.skus, stockInfoChangedFrom: changedSince });
  // An article without a number is no shop's product: there is nothing to write its stock to.
  return articles.filter((a) => a.articleNumber.trim() !== "").map((a) => {
    const inv = a.inventoryInfo;
    const physical = Math.floor(inv?.numberOfItems ?? 0);
    // More booked than in stock: nothing can be sold, which is 0, not a negative figure for the shop.
    const available = Math.max(0, Math.floor(inv?.sellableNumberOfItems ?? 0));
    return { sku: a.articleNumber, available, physical, reserved: Math.max(0, physical - available), observedAt: now.toISOString() };
  });
}

/**
 * Stock changed since the cursor (the time the last read started, ISO): articles with
 * `stockInfoChangedFrom` [S4], all of them when there is no cursor or it is older than Ongoing
 * allows. listArticles pages by articleSystemIdFrom itself, so this is one page.
 */
export async function listStockChanges(ctx: OngoingContext, input: CursorInput): Promise<Page<StockLevel>> {
  const startedAt = ctx.now();
  const since = input.cursor ? new Date(input.cursor) : undefined;
  const items = await getStockLevels(ctx, since && !Number.isNaN(since.getTime()) ? { changedSince: since } : {});
  return { items, nextCursor: startedAt.toISOString(), hasMore: false };
}
