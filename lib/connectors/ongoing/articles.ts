import { ongoingCall, type OngoingContext } from "./api";
import { ongoingArticlesSchema, type OngoingArticle } from "./schemas";

const ARTICLE_PAGE_SIZE = 500;
const NUMBERS_PER_CALL = 50;

/**
 * `GET /articles` with keyset paging (articleSystemIdFrom = highest id + 1, maxArticlesToGet;
 * stop on a short page) [S4][S7]. Article numbers go as repeated keys, in chunks so the URL
 * stays short. [S5]
 */
export async function listArticles(
  ctx: OngoingContext,
  filter: { articleNumbers?: string[]; stockInfoChangedFrom?: Date } = {},
): Promise<OngoingArticle[]> {
  if (filter.articleNumbers && filter.articleNumbers.length === 0) return [];
  const chunks = filter.articleNumbers ? chunk([...new Set(filter.articleNumbers)], NUMBERS_PER_CALL) : [undefined];
  const out: OngoingArticle[] = [];
  for (const numbers of chunks) {
    let from = 0;
    for (;;) {
      const res = await ongoingCall(ctx, {
        method: "GET",
        path: "/articles",
        query: {
          articleSystemIdFrom: from,
          maxArticlesToGet: ARTICLE_PAGE_SIZE,
          articleNumbers: numbers,
          stockInfoChangedFrom: filter.stockInfoChangedFrom?.toISOString(),
        },
        schema: ongoingArticlesSchema,
        operation: "list articles",
      });
      out.push(...res.data);
      if (res.data.length < ARTICLE_PAGE_SIZE) break;
      const next = Math.max(...res.data.map((a) => a.articleSystemId)) + 1;
      if (next <= from) break;
      from = next;
    }
  }
  return out;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
