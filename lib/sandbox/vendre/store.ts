import { Catalogue } from "./catalogue";
/**
 * Vendre orders as the simulator holds them, in the API's own field names: order fields of the
 * integration engine's export [V4], product lines of the storefront order JSON [V3] (prices
 * EXCLUDING VAT, `model` = article number), totals as `ot_*` classes [V3]. Delivery address
 * and packages are GUESSES (the export page was cut off; write-back is undocumented).
 */
export interface VendreAddress {
  name: string;
  company?: string;
  street_address: string;
  street_address2?: string;
  postcode: string;
  city: string;
  country: string;
  country_code: string;
  telephone?: string;
  email_address?: string;
}

export interface VendreProduct {
  id: number;
  product_id: number;
  name: string;
  model: string;
  quantity: number;
  price_each: number;
  price_total: number;
  tax: number;
}

export interface VendrePackage {
  id: number;
  package_number: string;
  carrier?: string;
  tracking_link?: string;
  products?: { model: string; quantity: number }[];
  created: string;
}

export interface VendreOrder {
  id: number;
  status: number;
  date_purchased: string;
  last_modified: string;
  currency: string;
  currency_value: number;
  language: string;
  payment_method: string;
  payment_method_code: string;
  shipment_method: string;
  shipping_method_code: string;
  comment?: string;
  customer: VendreAddress & { id: number };
  delivery_address: VendreAddress;
  products: VendreProduct[];
  totals: { class: string; title: string; value: number }[];
  packages: VendrePackage[];
  status_history: { status: number; date: string; customer_notified: boolean; comment?: string }[];
}

/** A customer e-mail Vendre sent because a status update asked it to (seed 000, flow 1). */
export interface SentMail {
  orderId: number;
  to: string;
  status: number;
  packages: string[];
  at: string;
}

export class VendreStore {
  readonly orders = new Map<number, VendreOrder>();
  readonly mails: SentMail[] = [];
  /** The shop's products and their stock (./catalogue.ts). */
  readonly catalogue = new Catalogue();
  nextOrderId = 1001;
  nextProductRowId = 1;
  nextPackageId = 1;

  constructor(readonly now: () => Date) {}

  touch(order: VendreOrder): void {
    order.last_modified = this.now().toISOString();
  }
}
