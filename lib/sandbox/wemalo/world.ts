import { DEFAULT_DISPATCHERS, type Dispatcher, type WebhookEvent } from "./catalog";
import { Sequences, ShopState, type Account } from "./store";

export interface WebhookDelivery {
  id: number;
  event: WebhookEvent;
  url: string;
  /** The body wemalo POSTs: `{ token, eventData }` as wemalo's own plugin reads it [M2]. */
  body: { token: string; eventData: Record<string, unknown> };
  shop: string;
}

/** One request as the simulator saw it, for tests and benchmarks that count partner calls. */
export interface CallRecord {
  method: string;
  /** Below `/v1`, without the query. */
  path: string;
  status: number;
  /** Products in a bulk request (addMultiple), set by the route. */
  items?: number;
}

export interface WorldOptions {
  now: () => Date;
  /** Stock given to a product created through the API, so a new sandbox user can ship at once. */
  initialStock: number;
  /** Rows per page of the paged feeds (guessed; the product bookings feed documents 50). */
  pageSize: number;
  dispatchers: Dispatcher[];
}

/** The state of the whole simulated wemalo: accounts, one store per shop, ids, webhook outbox. */
export class World {
  readonly accounts = new Map<string, Account>();
  private readonly shops = new Map<string, ShopState>();
  readonly seq = new Sequences({ order: 5001, product: 45001, parcel: 1201, history: 2806001, returns: 4701, client: 3 });
  readonly outbox: WebhookDelivery[] = [];
  readonly calls: CallRecord[] = [];

  constructor(readonly options: WorldOptions) {}

  now(): Date {
    return this.options.now();
  }

  addAccount(token: string, shop: string): Account {
    const existing = [...this.accounts.values()].find((a) => a.shop === shop);
    const account: Account = { token, shop, clientId: existing?.clientId ?? this.seq.take("client"), expired: false };
    this.accounts.set(token, account);
    return account;
  }

  shop(name: string): ShopState {
    let state = this.shops.get(name);
    if (!state) {
      state = new ShopState(name);
      this.shops.set(name, state);
    }
    return state;
  }

  shopNames(): string[] {
    return [...new Set([...this.accounts.values()].map((a) => a.shop))];
  }

  /** Queues one delivery per registered hook of that event; nothing when none is registered. */
  emit(shop: string, event: WebhookEvent, eventData: Record<string, unknown>): void {
    const hook = this.shop(shop).webhooks.get(event);
    if (!hook) return;
    this.outbox.push({ id: this.seq.take("delivery"), event, url: hook.payload, body: { token: hook.token, eventData }, shop });
  }
}
