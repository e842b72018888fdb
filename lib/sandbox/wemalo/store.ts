import type { OrderStatusName, PartialReason, WebhookEvent } from "./catalog";

/** One wemalo-connect shop user: its REST key (a JWT) and the shop name it serves [M2][M5]. */
export interface Account {
  token: string;
  shop: string;
  clientId: number;
  expired: boolean;
}

export interface Product {
  id: number;
  externalId: string;
  sku: string;
  name: string;
  productGroup: string;
  fields: Record<string, unknown>;
  isActive: boolean;
  /** Physical stock of the default attribute ("1. Choice"). */
  stock: number;
  updatedAt: Date;
  /** When stock or reservations of this product last changed (what `availableStock?fromDate` filters on). */
  stockChangedAt: Date;
}

export interface Receiver {
  primary?: boolean;
  name1: string;
  name2?: string;
  name3?: string;
  street: string;
  streetNumber?: string;
  addressAddition?: string;
  zip: string;
  city: string;
  countryCode2Letter: string;
  stateProvinceCountry?: string;
  phoneNumber?: string;
  email?: string;
  customerNumber?: string;
}

export interface Position {
  productId: number;
  externalId: string;
  sku: string;
  name: string;
  quantity: number;
  shipped: number;
  externalPositionIdentifier?: string;
  total?: number;
  tax?: number;
}

export interface GoodsOrder {
  id: number;
  externalId: string;
  orderNumber: string;
  shop: string;
  meta: Record<string, unknown>;
  receiver: Receiver;
  dispatcherProfile?: string;
  positions: Position[];
  statusName: OrderStatusName;
  reasonPartiallyReserved: PartialReason | "";
  blockReason: string;
  cancelReason?: string;
  priority: number;
  notes: string[];
  createdAt: Date;
  updatedAt: Date;
  /** The raw body as received, so the sandbox UI and tests can show what was sent. */
  received: unknown;
}

export interface Parcel {
  id: number;
  orderId: number;
  barcode: string;
  trackingNumber: string;
  profileName: string;
  carrier: string;
  items: Array<{ sku: string; name: string; quantity: number; externalPositionIdentifier?: string }>;
  weightTotal: number;
  isHandedOver: boolean;
  handoverDate?: Date;
}

/** One booking history row of a sent parcel item (`GET /goodsOrder/sentPackages`) [M1]. */
export interface SentBooking {
  historyId: number;
  packageId: number;
  goodsOrderId: number;
  orderStatusId: string;
  productId: number;
  sku: string;
  count: number;
  bookingDate: Date;
  synched: boolean;
}

export interface AnnouncedReturn {
  id: number;
  externalId?: string;
  goodsOrderExternalId?: string;
  deliveryNumber: string;
  items: Array<{ productId: number; externalId: string; quantity: number }>;
  received: unknown;
  createdAt: Date;
}

/** One booked return row (`GET /returns/booked`) [M1]. */
export interface ReturnBooking {
  id: number;
  returnsId?: number;
  goodsOrderId?: number;
  productId: number;
  count: number;
  reasonCode: string;
  attributeCode: string;
  bookingDate: Date;
  synched: boolean;
}

export interface Webhook {
  event: WebhookEvent;
  payload: string;
  token: string;
  mail: string;
  failures: number;
}

/** Everything one shop owns inside the simulated wemalo. */
export class ShopState {
  products = new Map<string, Product>();
  orders: GoodsOrder[] = [];
  parcels: Parcel[] = [];
  sentBookings: SentBooking[] = [];
  returns: AnnouncedReturn[] = [];
  returnBookings: ReturnBooking[] = [];
  webhooks = new Map<WebhookEvent, Webhook>();

  constructor(public readonly shop: string) {}

  orderByExternalId(externalId: string): GoodsOrder | undefined {
    return this.orders.find((o) => o.externalId === externalId);
  }

  orderById(id: number): GoodsOrder | undefined {
    return this.orders.find((o) => o.id === id);
  }

  productBySku(sku: string): Product | undefined {
    for (const p of this.products.values()) if (p.sku === sku) return p;
    return undefined;
  }

  productById(id: number): Product | undefined {
    for (const p of this.products.values()) if (p.id === id) return p;
    return undefined;
  }

  /** The order's reservations changed: its products' available stock did too. */
  touchStock(order: GoodsOrder, now: Date): void {
    for (const position of order.positions) {
      const product = this.productById(position.productId);
      if (product) product.stockChangedAt = now;
    }
  }

  /** Units of a product held by orders that are reserved but not yet shipped. */
  reserved(productId: number, except?: GoodsOrder): number {
    let sum = 0;
    for (const o of this.orders) {
      if (o === except || o.statusName === "CANCELLED" || o.statusName === "SHIPPED" || o.statusName === "PARTIAL") continue;
      for (const p of o.positions) if (p.productId === productId) sum += p.quantity - p.shipped;
    }
    return sum;
  }
}

/** Monotonic ids shared by all shops, like database sequences. */
export class Sequences {
  private next = new Map<string, number>();
  constructor(private readonly start: Record<string, number> = {}) {}
  take(name: string): number {
    const value = this.next.get(name) ?? this.start[name] ?? 1000;
    this.next.set(name, value + 1);
    return value;
  }
}
