import { RackbeatWebhooks } from "./webhook";

export interface RackbeatAddress {
  name?: string | null;
  street?: string | null;
  street2?: string | null;
  zipcode?: string | null;
  city?: string | null;
  country?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface StoredProduct {
  number: string;
  name: string;
  sales_price: number;
  /** Grams. GUESS: Rackbeat's physical object [R1] Item.php holds weight; its unit is ours. */
  weight: number | null;
  /** [R4] Product.md `barcode` (optional). */
  barcode: string | null;
  /** GUESS: a product Rackbeat no longer sells is "barred" (`is_barred`); the older model [R4] names no active flag. */
  is_barred: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Locations are addressed by `number` [R1] Models (primaryKey); stock is per item and location [R §intro]. */
export interface StoredLocation {
  number: string;
  name: string;
}

/** One posted `inventory-adjustment` [R4] InventoryAdjustmentForm: the stock at one location moved by `quantity`. */
export interface StoredAdjustment {
  id: number;
  item_type: string;
  item_number: string;
  location_number: string;
  quantity: number;
  reason: string;
  description: string | null;
  regulated_at: string;
  created_at: Date;
}

export interface StoredCustomer {
  number: number;
  name: string;
  company_name: string | null;
  contact_email: string | null;
  address: RackbeatAddress;
  payment_terms_id: number;
  created_at: Date;
  updated_at: Date;
}

export interface StoredOrderLine {
  id: number;
  itemNumber: string;
  name: string;
  quantity: number;
  line_price: number;
  vat_percentage: number | null;
  /** Quantity in shipments; drives is_partly_shipped / is_shipped. */
  inShipments: number;
}

export interface StoredOrder {
  number: number;
  customerNumber: number;
  currency: string;
  their_reference: string | null;
  deliveryTermsId: number | null;
  delivery_address: RackbeatAddress;
  billing_address: RackbeatAddress;
  lines: StoredOrderLine[];
  is_booked: boolean;
  is_cancelled: boolean;
  notes: { id: number; note: string; created_at: Date }[];
  created_at: Date;
  updated_at: Date;
}

export interface StoredShipment {
  id: number;
  orderNumber: number;
  lines: { lineId: number; itemNumber: string; quantity: number }[];
  is_picked: boolean;
  is_shipped: boolean;
  created_at: Date;
  updated_at: Date;
}

/** All state of one simulated Rackbeat account. */
export class RackbeatStore {
  readonly tokens = new Set<string>();
  readonly deliveryTerms = new Map<number, { id: number; name: string }>();
  readonly products = new Map<string, StoredProduct>();
  readonly customers = new Map<number, StoredCustomer>();
  readonly orders = new Map<number, StoredOrder>();
  readonly shipments = new Map<number, StoredShipment>();
  readonly webhooks = new RackbeatWebhooks();
  readonly locations = new Map<string, StoredLocation>();
  /** In-stock quantity per product number, then per location number. */
  readonly stock = new Map<string, Map<string, number>>();
  readonly adjustments: StoredAdjustment[] = [];
  /** Product numbers whose adjustments are refused (422) with this message: plays what the real API may refuse. */
  readonly refusedAdjustments = new Map<string, string>();
  private seq = { order: 10040, customer: 1000, line: 700, shipment: 550, note: 90, webhook: 120, adjustment: 3000 };

  constructor(public readonly now: () => Date) {}

  nextId(kind: keyof RackbeatStore["seq"]): number {
    this.seq[kind] += 1;
    return this.seq[kind];
  }

  shipmentsOf(orderNumber: number): StoredShipment[] {
    return [...this.shipments.values()].filter((s) => s.orderNumber === orderNumber).sort((a, b) => a.id - b.id);
  }

  stockAt(productNumber: string, locationNumber: string): number {
    return this.stock.get(productNumber)?.get(locationNumber) ?? 0;
  }

  setStock(productNumber: string, locationNumber: string, quantity: number): void {
    const perLocation = this.stock.get(productNumber) ?? new Map<string, number>();
    perLocation.set(locationNumber, quantity);
    this.stock.set(productNumber, perLocation);
  }

  touch(order: StoredOrder): void {
    order.updated_at = this.now();
  }
}
