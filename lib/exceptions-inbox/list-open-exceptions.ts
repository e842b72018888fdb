import { and, asc, count, eq } from "drizzle-orm";
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
  /** The oldest first, at most INBOX_LIMIT_PER_KIND. */
  items: InboxException[];
  /** How many of this kind are open in all. */
  total: number;
}

/** Most open exceptions shown per kind; the page says when there are more. */
export const INBOX_LIMIT_PER_KIND = 200;

/** The tenant's open exceptions, grouped by kind in the order of exceptionKind, oldest first in each. */
export async function listOpenExceptions(tenantId: string): Promise<ExceptionGroup[]> {
  return withTenant(tenantId, async (tx) => {
    const open = and(eq(exceptions.tenantId, tenantId), eq(exceptions.status, "open"));
    const totals = await tx.select({ kind: exceptions.kind, n: count() }).from(exceptions).where(open).groupBy(exceptions.kind);
    const kinds = exceptionKind.enumValues.filter((kind) => totals.some((t) => t.kind === kind));
    const groups: ExceptionGroup[] = [];
    for (const kind of kinds) {
      const rows = await tx
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
        .where(and(open, eq(exceptions.kind, kind)))
        .orderBy(asc(exceptions.createdAt), asc(orders.receivedAt), asc(exceptions.id))
        .limit(INBOX_LIMIT_PER_KIND);
      groups.push({
        kind,
        total: totals.find((t) => t.kind === kind)!.n,
        items: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          message: row.message,
          detail: row.detail,
          createdAt: row.createdAt,
          link: { id: row.linkId, name: row.linkName },
          order: row.orderId && row.orderNumber && row.orderStatus ? { id: row.orderId, orderNumber: row.orderNumber, status: row.orderStatus, customerName: row.customerName ?? "" } : null,
        })),
      });
    }
    return groups;
  });
}

/** How many open exceptions the tenant has (for the nav and the home page). */
export async function countOpenExceptions(tenantId: string): Promise<number> {
  const rows = await withTenant(tenantId, (tx) => tx.$count(exceptions, and(eq(exceptions.tenantId, tenantId), eq(exceptions.status, "open"))));
  return rows;
}
