import type { PostArticle, PostOrder, PostOrderLine } from "./schemas";

export interface GoodsOwner {
  id: number;
  name: string;
  code: string;
}

export interface ApiUser {
  username: string;
  password: string;
  goodsOwnerId: number;
}

export interface StoredArticle {
  articleSystemId: number;
  goodsOwnerId: number;
  articleNumber: string;
  input: PostArticle;
  /** Physical stock in the warehouse. */
  numberOfItems: number;
  numberOfLockedItems: number;
  toReceiveNumberOfItems: number;
  lastInDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
  stockChangedAt: Date;
}

export interface PickedItem {
  articleItemId: number;
  numberOfItems: number;
  pickedTime: Date;
  parcelId: number | null;
}

export interface StoredOrderLine {
  id: number;
  rowNumber: string;
  articleNumber: string;
  articleSystemId: number;
  orderedNumberOfItems: number;
  pickedNumberOfItems: number;
  reportedNumberOfItems: number | null;
  input: PostOrderLine;
  picked: PickedItem[];
}

export interface StoredParcel {
  id: number;
  parcelNumber: string;
  isReturnParcel: boolean;
  waybill: string | null;
  trackingUrl: string | null;
}

export interface StoredTransporter {
  transporterName: string;
  name: string;
  code: string;
  serviceCode: string;
}

export interface StoredOrder {
  orderId: number;
  goodsOwnerId: number;
  orderNumber: string;
  statusNumber: number;
  input: PostOrder;
  lines: StoredOrderLine[];
  parcels: StoredParcel[];
  tracking: { waybill: string; trackingUrl: string | null; created: Date; isReturn: boolean }[];
  wayBill: string | null;
  returnWayBill: string | null;
  transporter: StoredTransporter | null;
  backOrderForOrderId: number | null;
  /** Why the warehouse put the order in Error (150); not part of the API model. */
  errorReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
  shippedAt: Date | null;
}

/** All state of one simulated Ongoing instance; plain data, mutated by routes and control. */
export class OngoingStore {
  readonly goodsOwners = new Map<number, GoodsOwner>();
  readonly users = new Map<string, ApiUser>();
  readonly articles = new Map<number, StoredArticle>();
  readonly orders = new Map<number, StoredOrder>();
  private seq = { order: 50160, line: 48830, article: 18060, parcel: 200, item: 59280, webhook: 0, number: 65456000 };

  constructor(public readonly now: () => Date) {}

  nextId(kind: keyof OngoingStore["seq"]): number {
    this.seq[kind] += 1;
    return this.seq[kind];
  }

  articleByNumber(goodsOwnerId: number, articleNumber: string): StoredArticle | undefined {
    for (const a of this.articles.values()) {
      if (a.goodsOwnerId === goodsOwnerId && a.articleNumber === articleNumber) return a;
    }
    return undefined;
  }

  /** Order numbers are unique per goods owner; that is what `PUT /orders` upserts on. [S4] */
  orderByNumber(goodsOwnerId: number, orderNumber: string): StoredOrder | undefined {
    for (const o of this.orders.values()) {
      if (o.goodsOwnerId === goodsOwnerId && o.orderNumber === orderNumber) return o;
    }
    return undefined;
  }

  ordersOf(goodsOwnerId: number): StoredOrder[] {
    return [...this.orders.values()].filter((o) => o.goodsOwnerId === goodsOwnerId).sort((a, b) => a.orderId - b.orderId);
  }

  articlesOf(goodsOwnerId: number): StoredArticle[] {
    return [...this.articles.values()]
      .filter((a) => a.goodsOwnerId === goodsOwnerId)
      .sort((a, b) => a.articleSystemId - b.articleSystemId);
  }
}
