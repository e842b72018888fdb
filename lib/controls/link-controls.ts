import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { links, orders, type Link } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { enqueue } from "@/lib/outbox/enqueue";

/**
 * Pause and resume: the link's status changes and the event that announces it is written in the
 * same transaction (outbox), so the pipeline hears of every change. link.paused cancels the
 * link's running and waiting work; link.resumed starts an intake and a status poll at once, and
 * orders that were taken in but not sent (order-send skips a paused link, or was cancelled by the
 * pause) are announced again. Returns false when the link already had that status.
 */
async function setStatus(tenantId: string, linkId: string, status: Link["status"], userId?: string): Promise<boolean> {
  return withTenant(tenantId, async (tx) => {
    const [changed] = await tx
      .update(links)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(links.id, linkId), ne(links.status, status)))
      .returning({ id: links.id, name: links.name });
    if (!changed) return false;
    const name = status === "paused" ? "link.paused" : "link.resumed";
    await recordAudit(tx, tenantId, { actorUserId: userId, action: name, target: { type: "link", id: linkId }, details: { name: changed.name } });
    const nonce = randomUUID();
    await enqueue(tx, tenantId, { name, data: { tenantId, linkId, ...(userId ? { requestedBy: userId } : {}) }, key: `${name}:${linkId}:${nonce}` });
    if (status === "active") await announceUnsent(tx, tenantId, linkId, nonce);
    return true;
  }, userId);
}

/** order.received again for the link's orders still waiting to be sent. */
async function announceUnsent(tx: Tx, tenantId: string, linkId: string, nonce: string): Promise<void> {
  const waiting = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.linkId, linkId), eq(orders.status, "received")));
  for (const order of waiting) {
    await enqueue(tx, tenantId, { name: "order.received", data: { tenantId, linkId, orderId: order.id }, key: `order.received:${order.id}:resumed:${nonce}` });
  }
}

export function pauseLink(tenantId: string, linkId: string, userId?: string): Promise<boolean> {
  return setStatus(tenantId, linkId, "paused", userId);
}

export function resumeLink(tenantId: string, linkId: string, userId?: string): Promise<boolean> {
  return setStatus(tenantId, linkId, "active", userId);
}
