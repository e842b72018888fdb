import type { FaultInjector } from "../faults";
import { upsertArticle } from "./article-writes";
import type { RequestLogEntry } from "./handler";
import { inventoryInfo } from "./inventory";
import * as life from "./lifecycle";
import { setStatus } from "./order-writes";
import { renderArticle, renderOrder } from "./render";
import type { PostArticle } from "./schemas";
import type { ApiUser, OngoingStore, StoredOrder } from "./store";
import { orderWebhookPayload, type WebhookOptions } from "./webhook";

/** An order by its Ongoing orderId (number) or its order number (string, default goods owner). */
export type OrderRef = number | string;

export type OrderView = ReturnType<typeof renderOrder>;
export type ArticleView = ReturnType<typeof renderArticle>;

/**
 * What tests and the sandbox UI may do behind the API's back: play the warehouse (move orders
 * through the real status numbers), hold stock, build webhook bodies, switch faults.
 */
export function createControl(deps: {
  store: OngoingStore;
  faults: FaultInjector;
  basePath: string;
  goodsOwnerId: number;
  log: RequestLogEntry[];
  rateLimit: { status: number; retryAfterSeconds: number | null };
}) {
  const { store, goodsOwnerId } = deps;

  function find(ref: OrderRef): StoredOrder {
    const order = typeof ref === "number" ? store.orders.get(ref) : store.orderByNumber(goodsOwnerId, ref);
    if (!order) throw new Error(`Ongoing simulator: no order ${JSON.stringify(ref)}`);
    return order;
  }
  const view = (order: StoredOrder) => renderOrder(store, order);
  const step = (fn: (order: StoredOrder) => void) => (ref: OrderRef) => {
    const order = find(ref);
    fn(order);
    return view(order);
  };

  return {
    faults: deps.faults,
    /** Answer for a rate-limit fault; set `retryAfterSeconds` to add a Retry-After header. */
    rateLimit: deps.rateLimit,
    goodsOwnerId,
    /** The API root a client is given: `${origin}${basePath}/${instance}` (it appends /api/v1). */
    baseUrl: (origin: string, instance = "sandbox") => `${origin.replace(/\/$/, "")}${deps.basePath}/${instance}`,
    addUser(user: ApiUser) {
      store.users.set(user.username, { ...user });
    },
    /** A password changed in Ongoing's UI: the old one now gets 401. */
    setPassword(username: string, password: string) {
      const user = store.users.get(username);
      if (!user) throw new Error(`Ongoing simulator: no user ${username}`);
      user.password = password;
    },
    requests: (): readonly RequestLogEntry[] => deps.log,

    orders: (): OrderView[] => store.ordersOf(goodsOwnerId).map(view),
    order: (ref: OrderRef): OrderView | undefined => {
      try {
        return view(find(ref));
      } catch {
        return undefined;
      }
    },
    errorReason: (ref: OrderRef) => find(ref).errorReason,
    setStatus: (ref: OrderRef, statusNumber: number) => step((o) => setStatus(store, o, statusNumber))(ref),
    release: step((o) => life.release(store, o)),
    allocate: step((o) => life.allocate(store, o)),
    pick: (ref: OrderRef, lines?: life.LineQuantity[]) => step((o) => life.pick(store, o, lines))(ref),
    /** Sent (450) with parcels, waybill, transporter; a partial shipment returns its back order. */
    ship(ref: OrderRef, options: life.ShipOptions = {}): { order: OrderView; backOrder: OrderView | null } {
      const order = find(ref);
      const back = life.ship(store, order, options);
      return { order: view(order), backOrder: back ? view(back) : null };
    },
    collect: step((o) => life.collect(store, o)),
    returned: step((o) => life.markReturned(store, o)),
    /** Error (150), e.g. "address incomplete" or "out of stock". */
    fail: (ref: OrderRef, reason: string) => step((o) => life.markError(store, o, reason))(ref),
    cancel: step((o) => life.cancelByWarehouse(store, o)),
    advance: (ref: OrderRef) => life.advance(store, find(ref)),
    /** Moves every unfinished order one step; returns how many moved. */
    tick(): number {
      return store.ordersOf(goodsOwnerId).filter((o) => life.advance(store, o)).length;
    },

    articles: (): ArticleView[] => store.articlesOf(goodsOwnerId).map((a) => renderArticle(store, a)),
    upsertArticle(input: { articleNumber: string; articleName?: string } & Partial<PostArticle>) {
      return renderArticle(store, upsertArticle(store, { ...input, goodsOwnerId } as PostArticle).article);
    },
    /** Goods counted in (or out): the physical stock of an article. */
    setStock(articleNumber: string, numberOfItems: number, extra: { locked?: number; toReceive?: number } = {}) {
      const article =
        store.articleByNumber(goodsOwnerId, articleNumber) ?? upsertArticle(store, { goodsOwnerId, articleNumber, articleName: articleNumber }).article;
      const now = store.now();
      if (numberOfItems > article.numberOfItems) article.lastInDate = now;
      article.numberOfItems = numberOfItems;
      article.numberOfLockedItems = extra.locked ?? article.numberOfLockedItems;
      article.toReceiveNumberOfItems = extra.toReceive ?? article.toReceiveNumberOfItems;
      article.stockChangedAt = now;
      return inventoryInfo(store, article);
    },

    webhookPayload: (ref: OrderRef, options?: WebhookOptions) => orderWebhookPayload(store, find(ref), options),
  };
}

export type OngoingControl = ReturnType<typeof createControl>;
