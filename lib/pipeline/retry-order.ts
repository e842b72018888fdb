import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";
import { PIPELINE_EVENTS } from "./events";
import { resolveOrderExceptions } from "./exceptions";
import { loadOrder } from "./order-rows";
import { recordEvent } from "./timeline";

/**
 * The one-click retry after a fix (address corrected, SKU or shipping method mapped): closes the
 * order's exceptions and announces order.received again under a new key, in one transaction.
 * Optionally takes the corrected order from the source first (`canonical`).
 */
export async function retryOrder(tenantId: string, orderId: string, options: { by?: string } = {}): Promise<{ retried: boolean }> {
  return withTenant(tenantId, async (tx) => {
    const order = await loadOrder(tx, orderId, { lock: true });
    if (order.status !== "exception" && order.status !== "received") return { retried: false };
    const resolved = await resolveOrderExceptions(tx, orderId);
    const status = order.warehouseRef ? "sent" : "received";
    await tx.update(orders).set({ status, updatedAt: new Date() }).where(eq(orders.id, orderId));
    await recordEvent(tx, tenantId, orderId, { kind: "retry", message: "Retry requested.", detail: { by: options.by, resolvedExceptions: resolved } });
    await enqueue(tx, tenantId, {
      name: PIPELINE_EVENTS.orderReceived,
      data: { tenantId, linkId: order.linkId, orderId },
      key: `order.received:${orderId}:retry:${Date.now()}`,
    });
    return { retried: true };
  });
}
