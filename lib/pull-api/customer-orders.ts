import { and, asc, count, desc, eq, gte, lte, ne, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db";
import { ORDER_STATUS_CODES, orders, shipments, type OrderStatus } from "@/db/schema";
import type { Order, Parcel } from "@/lib/orders";

/**
 * The queries of the Pull API, run as the key's tenant (row-level security on). Each condition
 * is one Postgres may use in an index on a table with RLS (plain columns, leakproof operators),
 * so a customer's page reads orders_tenant_customer_no_date_idx and nothing else.
 */

export interface CustomerScope {
  tenantId: string;
  customerNo: string;
  /** Invoices are the orders that were not cancelled (see invoices.ts). */
  invoicesOnly: boolean;
}

export interface DateRange {
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export interface OrderSummaryRow {
  id: string;
  orderNumber: string;
  customerNo: string;
  orderDate: string;
  status: OrderStatus;
  total: string | null;
  currency: string | null;
  reference: string | null;
  paymentState: string | null;
}

function scopeWhere(scope: CustomerScope, range: DateRange = {}): SQL | undefined {
  return and(
    eq(orders.tenantId, scope.tenantId),
    eq(orders.customerNo, scope.customerNo),
    range.from ? gte(orders.orderDate, range.from) : undefined,
    range.to ? lte(orders.orderDate, range.to) : undefined,
    scope.invoicesOnly ? ne(orders.statusCode, ORDER_STATUS_CODES.cancelled) : undefined,
  );
}

/** One page of a customer's orders, newest first, and how many there are in the range. */
export function customerOrdersPageQuery(tx: Tx, scope: CustomerScope, range: DateRange, page: { limit: number; offset: number }) {
  return tx
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      customerNo: sql<string>`${orders.customerNo}`,
      orderDate: sql<string>`${orders.orderDate}`,
      status: orders.status,
      total: sql<string | null>`${orders.canonical}->'totals'->>'total'`,
      currency: sql<string | null>`${orders.canonical}->>'currency'`,
      reference: sql<string | null>`${orders.canonical}->>'externalOrderNumber'`,
      paymentState: sql<string | null>`${orders.canonical}->>'paymentState'`,
    })
    .from(orders)
    .where(scopeWhere(scope, range))
    .orderBy(desc(orders.orderDate), desc(orders.id))
    .limit(page.limit)
    .offset(page.offset);
}

export async function customerOrdersPage(tx: Tx, scope: CustomerScope, range: DateRange, page: { limit: number; offset: number }) {
  const [rows, [counted]] = await Promise.all([
    customerOrdersPageQuery(tx, scope, range, page),
    tx.select({ total: count() }).from(orders).where(scopeWhere(scope, range)),
  ]);
  const summaries: OrderSummaryRow[] = rows;
  return { rows: summaries, total: counted?.total ?? 0 };
}

export interface CustomerOrder {
  id: string;
  orderNumber: string;
  customerNo: string;
  orderDate: string;
  status: OrderStatus;
  canonical: Order;
  parcels: Parcel[];
}

/**
 * One order of the customer by its order number, or null (another tenant's, another customer's,
 * or none: the caller cannot tell them apart). Found through the lower-cased order number's index
 * (orders_tenant_search_number_idx), then the exact number and the customer. Two links of one
 * tenant may share a number: the newest wins.
 */
export function customerOrderQuery(tx: Tx, scope: CustomerScope, orderNumber: string) {
  return tx
    .select({ id: orders.id, orderNumber: orders.orderNumber, customerNo: orders.customerNo, orderDate: orders.orderDate, status: orders.status, canonical: orders.canonical })
    .from(orders)
    .where(and(scopeWhere(scope), eq(orders.searchNumber, sql`lower(${orderNumber})`), eq(orders.orderNumber, orderNumber)))
    .orderBy(desc(orders.receivedAt))
    .limit(1);
}

export async function customerOrder(tx: Tx, scope: CustomerScope, orderNumber: string): Promise<CustomerOrder | null> {
  const [row] = await customerOrderQuery(tx, scope, orderNumber);
  if (!row) return null;
  const shipped = await tx.select({ parcels: shipments.parcels }).from(shipments).where(eq(shipments.orderId, row.id)).orderBy(asc(shipments.shippedAt));
  return { ...row, customerNo: row.customerNo ?? scope.customerNo, orderDate: row.orderDate ?? "", parcels: shipped.flatMap((s) => s.parcels) };
}
