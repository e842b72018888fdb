import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { orders, type OrderStatus } from "@/db/schema";

/** The order's status when it is one of the tenant's orders, otherwise null. */
export async function findOrderStatus(tenantId: string, orderId: string): Promise<OrderStatus | null> {
  if (!z.uuid().safeParse(orderId).success) return null;
  const [row] = await withTenant(tenantId, (tx) => tx.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), eq(orders.tenantId, tenantId))));
  return row?.status ?? null;
}
