import type { PostArticle } from "./schemas";
import type { OngoingStore, StoredArticle } from "./store";

/** `PUT /articles` upserts by article number. [S1] A new article has no stock until goods arrive. */
export function upsertArticle(store: OngoingStore, input: PostArticle): { article: StoredArticle; created: boolean } {
  const now = store.now();
  const existing = store.articleByNumber(input.goodsOwnerId, input.articleNumber);
  if (existing) {
    existing.input = { ...existing.input, ...input };
    existing.updatedAt = now;
    return { article: existing, created: false };
  }
  const article: StoredArticle = {
    articleSystemId: store.nextId("article"),
    goodsOwnerId: input.goodsOwnerId,
    articleNumber: input.articleNumber,
    input,
    numberOfItems: 0,
    numberOfLockedItems: 0,
    toReceiveNumberOfItems: 0,
    lastInDate: null,
    createdAt: now,
    updatedAt: now,
    stockChangedAt: now,
  };
  store.articles.set(article.articleSystemId, article);
  return { article, created: true };
}
