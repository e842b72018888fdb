import type { Tx } from "@/db";
import { customerOrder, customerOrdersPage, type CustomerScope, type OrderSummaryRow } from "./customer-orders";
import { notFound } from "./errors";
import { toOrderDetail } from "./map-order";
import type { ListQuery } from "./params";
import { pageBody, type PullInvoiceDetail, type PullInvoiceListItem } from "./shapes";

/*
 * Lagerbro keeps no invoices: the shop or the ERP writes them. What the Pull API answers as
 * invoices is DERIVED from the orders Lagerbro holds, one invoice per order:
 *   - every order that was not cancelled is invoiced; the invoice number (id) is the order number;
 *   - its date is the order date, and so is due_date: Lagerbro knows no payment terms, and a web
 *     shop's order falls due when it is placed;
 *   - sum is the order's total (gross, tax included);
 *   - payment_status is the order's payment state as the source reported it at intake
 *     (paid, partially_paid, unpaid, refunded, unknown);
 *   - the single invoice is the single order's detail, plus due_date, payment_status and the
 *     order it invoices (references, orders[].order_no).
 */

const scopeOf = (tenantId: string, customerNo: string): CustomerScope => ({ tenantId, customerNo, invoicesOnly: true });

function paymentStatus(state: string | null | undefined): string {
  return state ?? "unknown";
}

function toListItem(r: OrderSummaryRow): PullInvoiceListItem {
  return {
    id: r.orderNumber,
    customer_no: r.customerNo,
    sum: r.total,
    currency: r.currency,
    date: r.orderDate,
    due_date: r.orderDate,
    reference: r.reference,
    payment_status: paymentStatus(r.paymentState),
  };
}

/** Seed 003 "Lista fakturor": the customer's invoices between two invoice dates, newest first. */
export async function listPullInvoices(tx: Tx, tenantId: string, customerNo: string, query: ListQuery) {
  const { rows, total } = await customerOrdersPage(tx, scopeOf(tenantId, customerNo), query, { limit: query.per_page, offset: (query.page - 1) * query.per_page });
  return pageBody("invoices", rows.map(toListItem), { page: query.page, perPage: query.per_page, total });
}

/** Seed 003 "Visa enskild faktura"; not found (404) unless it is this customer's invoice in this tenant. */
export async function getPullInvoice(tx: Tx, tenantId: string, customerNo: string, invoiceNumber: string): Promise<PullInvoiceDetail> {
  const order = await customerOrder(tx, scopeOf(tenantId, customerNo), invoiceNumber);
  if (!order) throw notFound("invoice");
  const detail = toOrderDetail(order);
  return {
    ...detail,
    due_date: order.orderDate,
    payment_status: paymentStatus(order.canonical.paymentState),
    references: [order.canonical.externalOrderNumber ?? order.orderNumber],
  };
}
