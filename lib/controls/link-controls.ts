import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { withTenant } from "@/db";
import { links, type Link } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";

/**
 * Pause and resume: the link's status changes and the event that announces it is written in the
 * same transaction (outbox), so the pipeline hears of every change. link.paused cancels the
 * link's running and waiting work; link.resumed starts an intake and a status poll at once.
 * Returns false when the link already had that status (nothing announced).
 */
async function setStatus(tenantId: string, linkId: string, status: Link["status"], userId?: string): Promise<boolean> {
  return withTenant(tenantId, async (tx) => {
    const [changed] = await tx
      .update(links)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(links.id, linkId), ne(links.status, status)))
      .returning({ id: links.id });
    if (!changed) return false;
    const name = status === "paused" ? "link.paused" : "link.resumed";
    await enqueue(tx, tenantId, { name, data: { tenantId, linkId, ...(userId ? { requestedBy: userId } : {}) }, key: `${name}:${linkId}:${randomUUID()}` });
    return true;
  }, userId);
}

export function pauseLink(tenantId: string, linkId: string, userId?: string): Promise<boolean> {
  return setStatus(tenantId, linkId, "paused", userId);
}

export function resumeLink(tenantId: string, linkId: string, userId?: string): Promise<boolean> {
  return setStatus(tenantId, linkId, "active", userId);
}
