import type { Tx } from "@/db";
import { customerOrder, customerOrdersPage, type CustomerScope } from "./customer-orders";
import { notFound } from "./errors";
import { toOrderDetail } from "./map-order";
import type { ListQuery } from "./params";
import { pageBody, type PullOrderDetail, type PullOrderListItem } from "./shapes";

const scopeOf = (tenantId: string, customerNo: string): CustomerScope => ({ tenantId, customerNo, invoicesOnly: false });

/** Seed 003 "Lista order": the customer's orders between two order dates, newest first. */
export async function listPullOrders(tx: Tx, tenantId: string, customerNo: string, query: ListQuery) {
  const { rows, total } = await customerOrdersPage(tx, scopeOf(tenantId, customerNo), query, { limit: query.per_page, offset: (query.page - 1) * query.per_page });
  const items: PullOrderListItem[] = rows.map((r) => ({
    id: r.orderNumber,
    customer_no: r.customerNo,
    sum: r.total,
    currency: r.currency,
    date: r.orderDate,
    reference: r.reference,
    status: r.status,
  }));
  return pageBody("orders", items, { page: query.page, perPage: query.per_page, total });
}

/** Seed 003 "Visa enskild order"; not found (404) unless it is this customer's order in this tenant. */
export async function getPullOrder(tx: Tx, tenantId: string, customerNo: string, orderNumber: string): Promise<PullOrderDetail> {
  const order = await customerOrder(tx, scopeOf(tenantId, customerNo), orderNumber);
  if (!order) throw notFound("order");
  return toOrderDetail(order);
}
