import { STATUS } from "./facts";
import type { OngoingStore, StoredArticle, StoredOrder } from "./store";

/**
 * The article model's `inventoryInfo` [S1]. How the numbers relate is our reading of the field
 * names (GUESS): open orders book stock, allocated ones hold it, picked ones wait for the carrier,
 * and stock leaves the warehouse when the order is Sent (450).
 */
export function inventoryInfo(store: OngoingStore, article: StoredArticle) {
  let booked = 0;
  let allocated = 0;
  let pickedToBeCollected = 0;
  for (const order of store.ordersOf(article.goodsOwnerId)) {
    const s = order.statusNumber;
    for (const line of order.lines) {
      if (line.articleNumber !== article.articleNumber) continue;
      if (s === STATUS.error || (s >= STATUS.open && s < STATUS.allocated)) booked += line.orderedNumberOfItems;
      else if (s >= STATUS.allocated && s < STATUS.picked) allocated += line.orderedNumberOfItems;
      else if (s >= STATUS.picked && s < STATUS.sent) pickedToBeCollected += line.pickedNumberOfItems;
    }
  }
  const numberOfItems = article.numberOfItems;
  return {
    numberOfItems,
    numberOfBookedItems: booked,
    numberOfLockedItems: article.numberOfLockedItems,
    toReceiveNumberOfItems: article.toReceiveNumberOfItems,
    allocatedNumberOfItems: allocated,
    lockedForSaleNumberOfItems: 0,
    pickedToBeCollectedNumberOfItems: pickedToBeCollected,
    receivedToBeFinishedNumberOfItems: 0,
    sellableNumberOfItems: Math.max(0, numberOfItems - booked - allocated - pickedToBeCollected - article.numberOfLockedItems),
    lastInDate: article.lastInDate?.toISOString() ?? null,
  };
}

/** Marks the stock of every article on the order as changed (for `stockInfoChangedFrom`). */
export function touchStock(store: OngoingStore, order: StoredOrder): void {
  const now = store.now();
  for (const line of order.lines) {
    const article = store.articles.get(line.articleSystemId);
    if (article) article.stockChangedAt = now;
  }
}
