/**
 * The answers of the Pull API. Field names are the contract of seed 003 (Vendre's Pull API),
 * spelled as it spells them ("Country" included); fields beyond the seed's are marked.
 * Money in lists is a decimal string in major units; in a single order or invoice it is
 * currency-formatted for display, as the seed asks.
 */

export interface PullOrderListItem {
  id: string;
  customer_no: string;
  sum: string | null;
  /** Beyond the seed: the currency of sum. */
  currency: string | null;
  date: string;
  reference: string | null;
  /** Beyond the seed: Lagerbro's status of the order (received, sent, shipped, …). */
  status: string;
}

export interface PullInvoiceListItem {
  id: string;
  customer_no: string;
  sum: string | null;
  currency: string | null;
  /** Beyond the seed: the invoice date. */
  date: string;
  due_date: string;
  reference: string | null;
  payment_status: string;
}

export interface PullAddress {
  reference: string;
  address: string;
  address2: string | null;
  zipcode: string;
  ziparea: string;
  Country: string;
  country_iso: string | null;
}

export interface PullCustomer extends PullAddress {
  company: string | null;
  no: string;
}

export interface PullProduct {
  model: string;
  name: string;
  quantity: number;
  price: string;
  discount: string;
  row_total: string;
}

export interface PullPackage {
  tracing_id: string;
  tracking_link: string | null;
}

export interface PullOrderDetail {
  id: string;
  date: string;
  status: string;
  currency: string;
  po_number: string | null;
  comment: string | null;
  total: string;
  shipping_cost: string;
  tax: string;
  customer: PullCustomer;
  products: PullProduct[];
  delivery: PullAddress;
  reference: string | null;
  packages: PullPackage[];
  orders: { order_no: string; pdf_link: string | null }[];
}

export interface PullInvoiceDetail extends PullOrderDetail {
  due_date: string;
  payment_status: string;
  references: string[];
}

/** A list answer: `{ orders: [...] }` or `{ invoices: [...] }` with its paging. */
export function pageBody<K extends string, T>(key: K, items: T[], paging: { page: number; perPage: number; total: number }) {
  return {
    [key]: items,
    page: paging.page,
    per_page: paging.perPage,
    total: paging.total,
    total_pages: Math.ceil(paging.total / paging.perPage),
  } as Record<K, T[]> & { page: number; per_page: number; total: number; total_pages: number };
}
