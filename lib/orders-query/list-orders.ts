import { and, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { ORDER_STATUS_CODES, orders, type OrderStatus } from "@/db/schema";
import { decodeCursor, encodeCursor, type OrdersCursor } from "./cursor";
import type { OrdersFilter } from "./filters";
import { searchPrefix } from "./search";

export const ORDERS_PAGE_SIZE = 50;

export interface ListOrdersInput extends OrdersFilter {
  /** Cursor of the last row of the page before: the page after it. */
  after?: string;
  /** Cursor of the first row of the page after: the page before it. */
  before?: string;
  limit?: number;
}

export interface OrderListRow {
  id: string;
  orderNumber: string;
  status: OrderStatus;
  customerName: string;
  linkId: string;
  receivedAt: Date;
  sentAt: Date | null;
  shippedAt: Date | null;
  total: string | null;
  currency: string | null;
}

export interface OrdersPage {
  rows: OrderListRow[];
  /** Cursor for the next (older) page, when there is one. */
  next: string | null;
  /** Cursor for the previous (newer) page, when there is one. */
  previous: string | null;
}

function dayStart(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/**
 * The WHERE clause of the list: the tenant (also enforced by RLS), the filters, the search.
 * Every condition is one Postgres may use in an index on a table with row-level security
 * (leakproof operators on plain columns): the status by its code, the search by starts_with() on
 * the lower-cased copies.
 */
export function ordersWhere(tenantId: string, filter: OrdersFilter): SQL | undefined {
  const search = filter.q ? searchPrefix(filter.q) : undefined;
  return and(
    eq(orders.tenantId, tenantId),
    filter.status ? eq(orders.statusCode, ORDER_STATUS_CODES[filter.status]) : undefined,
    filter.linkId ? eq(orders.linkId, filter.linkId) : undefined,
    filter.from ? gte(orders.receivedAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(orders.receivedAt, dayStart(filter.to, 1)) : undefined,
    search
      ? or(
          sql`starts_with(${orders.searchNumber}, ${search})`,
          sql`starts_with(${orders.searchName}, ${search})`,
          sql`starts_with(${orders.searchLastName}, ${search})`,
        )
      : undefined,
  );
}

/**
 * One page of the list as a query (run it, or EXPLAIN it): newest first, keyset on
 * (received_at, id), never OFFSET. `before` reads upwards (oldest first) and is reversed by listOrders.
 */
export function ordersPageQuery(tx: Tx, tenantId: string, filter: OrdersFilter, page: { after?: OrdersCursor; before?: OrdersCursor; limit: number }) {
  const keyset = page.after
    ? sql`(${orders.receivedAt}, ${orders.id}) < (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
    : page.before
      ? sql`(${orders.receivedAt}, ${orders.id}) > (${page.before.at}::timestamptz, ${page.before.id}::uuid)`
      : undefined;
  // As the indexes are built (DESC NULLS LAST; read backwards for `before`), so no sort of the whole tenant is needed.
  const order = page.before
    ? [sql`${orders.receivedAt} asc nulls first`, sql`${orders.id} asc nulls first`]
    : [sql`${orders.receivedAt} desc nulls last`, sql`${orders.id} desc nulls last`];
  return tx
    .select({
      id: orders.id,
      orderNumber: orders.orderNumber,
      status: orders.status,
      customerName: orders.customerName,
      linkId: orders.linkId,
      receivedAt: orders.receivedAt,
      sentAt: orders.sentAt,
      shippedAt: orders.shippedAt,
      total: sql<string | null>`${orders.canonical}->'totals'->>'total'`,
      currency: sql<string | null>`${orders.canonical}->>'currency'`,
      cursorAt: sql<string>`${orders.receivedAt}::text`,
    })
    .from(orders)
    .where(and(ordersWhere(tenantId, filter), keyset))
    .orderBy(...order)
    .limit(page.limit + 1);
}

/** A page of the tenant's orders with the cursors to the pages around it. */
export async function listOrders(tenantId: string, input: ListOrdersInput = {}): Promise<OrdersPage> {
  const limit = Math.min(Math.max(input.limit ?? ORDERS_PAGE_SIZE, 1), 200);
  const after = decodeCursor(input.after);
  const before = after ? undefined : decodeCursor(input.before);
  const fetched = await withTenant(tenantId, (tx) => ordersPageQuery(tx, tenantId, input, { after, before, limit }));
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (before) rows.reverse();
  const cursorOf = (row: (typeof rows)[number] | undefined) => (row ? encodeCursor({ at: row.cursorAt, id: row.id }) : null);
  const next = before ? cursorOf(rows.at(-1)) : more ? cursorOf(rows.at(-1)) : null;
  const previous = before ? (more ? cursorOf(rows[0]) : null) : after ? cursorOf(rows[0]) : null;
  return { rows: rows.map(({ cursorAt: _cursor, ...row }) => ({ ...row, customerName: row.customerName ?? "" })), next, previous };
}
