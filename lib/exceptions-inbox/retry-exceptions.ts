import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { exceptions } from "@/db/schema";
import { requestRetry } from "@/lib/controls/order-controls";

/**
 * Bulk retry from the inbox: every chosen open exception that belongs to an order asks for that
 * order's retry, once per order, through the same event as the order page's button.
 * Ids of other tenants are invisible here (RLS), so they retry nothing.
 */
export async function retryExceptions(tenantId: string, exceptionIds: string[], userId?: string): Promise<{ requested: number; skipped: number }> {
  const ids = [...new Set(exceptionIds)].filter((id) => z.uuid().safeParse(id).success);
  if (ids.length === 0) return { requested: 0, skipped: exceptionIds.length };
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .selectDistinct({ orderId: exceptions.orderId })
      .from(exceptions)
      .where(and(eq(exceptions.tenantId, tenantId), inArray(exceptions.id, ids), eq(exceptions.status, "open"), isNotNull(exceptions.orderId))),
  );
  for (const row of rows) await requestRetry(tenantId, row.orderId!, userId);
  return { requested: rows.length, skipped: exceptionIds.length - rows.length };
}
