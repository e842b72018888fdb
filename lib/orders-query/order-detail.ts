import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { exceptions, links, orderEvents, orderReturns, orders, shipments, type ExceptionRow, type OrderEvent, type OrderReturnRow, type OrderRow, type ShipmentRow } from "@/db/schema";
import { redactValue } from "@/lib/http/redact";

export interface OrderDetail {
  order: OrderRow;
  link: { id: string; name: string; status: "active" | "paused" };
  timeline: OrderEvent[];
  shipments: ShipmentRow[];
  returns: OrderReturnRow[];
  exceptions: ExceptionRow[];
}

/**
 * Everything the order page shows, read as the tenant: an id of another tenant's order (or no
 * valid id at all) is simply not found. Timeline details are redacted again on the way out.
 */
export async function getOrderDetail(tenantId: string, orderId: string): Promise<OrderDetail | null> {
  if (!z.uuid().safeParse(orderId).success) return null;
  return withTenant(tenantId, async (tx) => {
    const [found] = await tx
      .select({ order: orders, link: { id: links.id, name: links.name, status: links.status } })
      .from(orders)
      .innerJoin(links, eq(links.id, orders.linkId))
      .where(and(eq(orders.id, orderId), eq(orders.tenantId, tenantId)));
    if (!found) return null;
    const [timeline, shipped, returned, problems] = await Promise.all([
      tx.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id)),
      tx.select().from(shipments).where(eq(shipments.orderId, orderId)).orderBy(asc(shipments.shippedAt)),
      tx.select().from(orderReturns).where(eq(orderReturns.orderId, orderId)).orderBy(asc(orderReturns.createdAt)),
      tx.select().from(exceptions).where(eq(exceptions.orderId, orderId)).orderBy(desc(exceptions.createdAt)),
    ]);
    return {
      ...found,
      timeline: timeline.map((event) => ({ ...event, detail: event.detail ? (redactValue(event.detail) as Record<string, unknown>) : null })),
      shipments: shipped,
      returns: returned,
      exceptions: problems,
    };
  });
}
