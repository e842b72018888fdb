import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { orders, type OrderRow } from "@/db/schema";
import type { OrderRef } from "@/lib/orders";

export async function loadOrder(tx: Tx, orderId: string, options: { lock?: boolean } = {}): Promise<OrderRow> {
  const query = tx.select().from(orders).where(eq(orders.id, orderId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new Error(`order ${orderId} not found for this tenant`);
  return row;
}

export async function findOrderByNumber(tx: Tx, linkId: string, orderNumber: string): Promise<OrderRow | undefined> {
  const [row] = await tx.select().from(orders).where(and(eq(orders.linkId, linkId), eq(orders.orderNumber, orderNumber))).limit(1);
  return row;
}

export async function findOrderBySourceRef(tx: Tx, linkId: string, sourceRef: string): Promise<OrderRow | undefined> {
  const [row] = await tx.select().from(orders).where(and(eq(orders.linkId, linkId), eq(orders.sourceRef, sourceRef)));
  return row;
}

/** How the order is named to the partners. */
export function refOf(order: Pick<OrderRow, "sourceRef" | "orderNumber" | "warehouseRef">): OrderRef {
  return { sourceRef: order.sourceRef, orderNumber: order.orderNumber, ...(order.warehouseRef ? { warehouseRef: order.warehouseRef } : {}) };
}
