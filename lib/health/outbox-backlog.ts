import { and, count, eq, gt, isNull, min } from "drizzle-orm";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { currentDeliveryMode, type DeliveryMode } from "@/lib/outbox/delivery-mode";

export interface OutboxBacklog {
  /** The tenant's events written but not yet handed to the engine. */
  pending: number;
  oldestPendingAt: Date | null;
  /** Of those, the ones that failed at least once. */
  failing: number;
  /** Which path delivers events right now: Inngest (relay), the local worker, or none lately. */
  delivery: DeliveryMode;
}

export async function getOutboxBacklog(tenantId: string, now: Date = new Date()): Promise<OutboxBacklog> {
  const [counts, delivery] = await Promise.all([
    withTenant(tenantId, async (tx) => {
      const [pending] = await tx.select({ n: count(), oldest: min(outbox.createdAt) }).from(outbox).where(and(eq(outbox.tenantId, tenantId), isNull(outbox.sentAt)));
      const [failing] = await tx
        .select({ n: count() })
        .from(outbox)
        .where(and(eq(outbox.tenantId, tenantId), isNull(outbox.sentAt), gt(outbox.attempts, 0)));
      return { pending: pending?.n ?? 0, oldest: pending?.oldest ?? null, failing: failing?.n ?? 0 };
    }),
    currentDeliveryMode(now),
  ]);
  return { pending: counts.pending, oldestPendingAt: counts.oldest ? new Date(counts.oldest) : null, failing: counts.failing, delivery };
}
