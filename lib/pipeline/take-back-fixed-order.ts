import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { orders } from "@/db/schema";
import type { Order } from "@/lib/orders";
import { enqueue } from "@/lib/outbox/enqueue";
import { PIPELINE_EVENTS } from "./events";
import { resolveOrderExceptions } from "./exceptions";
import { findOrderBySourceRef } from "./order-rows";
import { recordEvent } from "./timeline";

/**
 * An order we hold in exception that the source lists as ready again: the merchant fixed it in
 * the shop and released it (plentymarkets 6.2 → 5). Take the corrected order and send it again;
 * the warehouse's idempotent submit updates an order it still holds (wemalo PARTIAL, Ongoing
 * before picking) instead of making a second one. Returns false for every other duplicate.
 */
export async function takeBackFixedOrder(tx: Tx, tenantId: string, linkId: string, order: Order): Promise<boolean> {
  const existing = await findOrderBySourceRef(tx, linkId, order.sourceRef);
  if (!existing || existing.status !== "exception") return false;
  if (JSON.stringify(existing.canonical) === JSON.stringify(order)) return false;
  await tx.update(orders).set({ canonical: order, status: "received", updatedAt: new Date() }).where(eq(orders.id, existing.id));
  const resolved = await resolveOrderExceptions(tx, existing.id);
  await recordEvent(tx, tenantId, existing.id, { kind: "received_again", message: "The shop released the corrected order again.", detail: { resolvedExceptions: resolved } });
  await enqueue(tx, tenantId, { name: PIPELINE_EVENTS.orderReceived, data: { tenantId, linkId, orderId: existing.id }, key: `order.received:${existing.id}:${Date.now()}` });
  return true;
}
