import { and, asc, eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { exceptionKind, exceptions, links, orders, type ExceptionKind, type OrderStatus } from "@/db/schema";

export interface InboxException {
  id: string;
  kind: ExceptionKind;
  message: string;
  detail: Record<string, unknown> | null;
  createdAt: Date;
  link: { id: string; name: string };
  order: { id: string; orderNumber: string; status: OrderStatus; customerName: string } | null;
}

export interface ExceptionGroup {
  kind: ExceptionKind;
  items: InboxException[];
}

/** Most open exceptions shown per kind; the page says when there are more. */
export const INBOX_LIMIT_PER_KIND = 200;

/** The tenant's open exceptions, grouped by kind in the order of exceptionKind, oldest first in each. */
export async function listOpenExceptions(tenantId: string): Promise<ExceptionGroup[]> {
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .select({
        id: exceptions.id,
        kind: exceptions.kind,
        message: exceptions.message,
        detail: exceptions.detail,
        createdAt: exceptions.createdAt,
        linkId: links.id,
        linkName: links.name,
        orderId: orders.id,
        orderNumber: orders.orderNumber,
        orderStatus: orders.status,
        customerName: orders.customerName,
      })
      .from(exceptions)
      .innerJoin(links, eq(links.id, exceptions.linkId))
      .leftJoin(orders, eq(orders.id, exceptions.orderId))
      .where(and(eq(exceptions.tenantId, tenantId), eq(exceptions.status, "open")))
      .orderBy(asc(exceptions.createdAt), asc(orders.receivedAt), asc(exceptions.id)),
  );
  const groups = new Map<ExceptionKind, InboxException[]>();
  for (const row of rows) {
    const items = groups.get(row.kind) ?? [];
    if (items.length >= INBOX_LIMIT_PER_KIND) continue;
    items.push({
      id: row.id,
      kind: row.kind,
      message: row.message,
      detail: row.detail,
      createdAt: row.createdAt,
      link: { id: row.linkId, name: row.linkName },
      order: row.orderId && row.orderNumber && row.orderStatus ? { id: row.orderId, orderNumber: row.orderNumber, status: row.orderStatus, customerName: row.customerName ?? "" } : null,
    });
    groups.set(row.kind, items);
  }
  return exceptionKind.enumValues.filter((kind) => groups.has(kind)).map((kind) => ({ kind, items: groups.get(kind)! }));
}

/** How many open exceptions the tenant has (for the nav and the home page). */
export async function countOpenExceptions(tenantId: string): Promise<number> {
  const rows = await withTenant(tenantId, (tx) => tx.$count(exceptions, and(eq(exceptions.tenantId, tenantId), eq(exceptions.status, "open"))));
  return rows;
}
