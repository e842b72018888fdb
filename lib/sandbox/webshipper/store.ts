import type { OrderStatus } from "./facts";

export interface StoredAddress {
  att_contact?: string | null;
  company_name?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  zip?: string | null;
  city?: string | null;
  state?: string | null;
  country_code?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface StoredOrderLine {
  id: number;
  ext_ref: string | null;
  sku: string | null;
  description: string | null;
  quantity: number;
  unit_price: number | null;
  vat_percent: number | null;
  weight: number | null;
  weight_unit: string;
  /** Quantity already in a shipment; drives line and order status. */
  dispatched: number;
}

export interface StoredOrder {
  id: number;
  orderChannelId: number;
  ext_ref: string | null;
  visible_ref: string | null;
  status: OrderStatus;
  error_message: string | null;
  error_class: string | null;
  lock_state: "locked" | "unlocked";
  currency: string | null;
  tags: string[];
  shippingRateId: number | null;
  delivery_address: StoredAddress;
  billing_address: StoredAddress | null;
  external_comment: string | null;
  /** Latest internal comment; writing one adds a comment [W2]. */
  internal_comment: string | null;
  lines: StoredOrderLine[];
  created_at: Date;
  updated_at: Date;
}

export interface StoredPackage {
  weight: number;
  weight_unit: string;
  trackingNumber: string;
  lines: { orderLineId: number; sku: string | null; quantity: number }[];
}

export interface StoredShipment {
  id: number;
  orderId: number;
  reference: string | null;
  carrierId: number;
  packages: StoredPackage[];
  created_at: Date;
  updated_at: Date;
}

export interface StoredWebhook {
  id: number;
  url: string;
  topic: string;
  secret: string;
  enabled: boolean;
  created_at: Date;
}

export interface StoredShippingRate {
  id: number;
  name: string;
  carrierId: number;
  serviceCode: string;
  requireDropPoint: boolean;
  orderChannelId: number;
}

/** All state of one simulated Webshipper account; plain data, mutated by routes and control. */
export class WebshipperStore {
  readonly tokens = new Set<string>();
  readonly orderChannels = new Map<number, { id: number; name: string; type: string }>();
  readonly shippingRates = new Map<number, StoredShippingRate>();
  readonly orders = new Map<number, StoredOrder>();
  readonly shipments = new Map<number, StoredShipment>();
  readonly webhooks = new Map<number, StoredWebhook>();
  private seq = { order: 1000, line: 5000, shipment: 300, webhook: 0, tracking: 11_000_000 };

  constructor(public readonly now: () => Date) {}

  nextId(kind: keyof WebshipperStore["seq"]): number {
    this.seq[kind] += 1;
    return this.seq[kind];
  }

  /** `ext_ref` is unique in the scope of an order channel. [W2] docs/Orders.md */
  orderByExtRef(orderChannelId: number, extRef: string): StoredOrder | undefined {
    for (const o of this.orders.values()) if (o.orderChannelId === orderChannelId && o.ext_ref === extRef) return o;
    return undefined;
  }

  shipmentsOf(orderId: number): StoredShipment[] {
    return [...this.shipments.values()].filter((s) => s.orderId === orderId).sort((a, b) => a.id - b.id);
  }

  touch(order: StoredOrder): void {
    order.updated_at = this.now();
  }
}
