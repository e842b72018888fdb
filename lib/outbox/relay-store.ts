import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { withSystem } from "@/db";
import { outbox, type OutboxRow } from "@/db/schema";
import { backoffDelay } from "@/lib/http/backoff";

/** How long a claimed row stays invisible to other relays; a relay that dies frees it after this. */
export const CLAIM_LEASE_MS = 60_000;
const retryBackoff = { baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 };

/**
 * Claims up to `limit` unsent rows that are due, across tenants, by pushing their `available_at`
 * one lease ahead in one short transaction. Nothing is held open while events are delivered, so a
 * crash between claim and mark only delays the rows: they are claimed again after the lease.
 * `scope.tenantId` keeps a test or the bench to its own tenant's rows.
 */
export async function claimDueRows(limit: number, now: Date = new Date(), leaseMs = CLAIM_LEASE_MS, scope: { tenantId?: string } = {}): Promise<OutboxRow[]> {
  return withSystem(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.sentAt), lte(outbox.availableAt, now), scope.tenantId ? eq(outbox.tenantId, scope.tenantId) : undefined))
      .orderBy(asc(outbox.availableAt), asc(outbox.id))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(outbox)
      .set({ availableAt: new Date(now.getTime() + leaseMs) })
      .where(inArray(outbox.id, due.map((row) => row.id)))
      .returning();
    return claimed.sort((a, b) => a.id - b.id);
  });
}

/** Marks delivered rows; they are never claimed again. */
export async function markSent(ids: number[], now: Date = new Date()): Promise<void> {
  if (ids.length === 0) return;
  await withSystem((tx) => tx.update(outbox).set({ sentAt: now, lastError: null }).where(inArray(outbox.id, ids)));
}

/** Keeps undelivered rows for later: one more attempt counted, due again after an exponential backoff. */
export async function markFailed(ids: number[], error: string, now: Date = new Date(), random: () => number = Math.random): Promise<void> {
  if (ids.length === 0) return;
  await withSystem(async (tx) => {
    const rows = await tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error.slice(0, 2_000) })
      .where(inArray(outbox.id, ids))
      .returning({ id: outbox.id, attempts: outbox.attempts });
    for (const row of rows) {
      const availableAt = new Date(now.getTime() + backoffDelay(row.attempts, retryBackoff, random));
      await tx.update(outbox).set({ availableAt }).where(eq(outbox.id, row.id));
    }
  });
}

/** Unsent rows, for the dashboard and tests. */
export async function pendingCount(): Promise<number> {
  const [row] = await withSystem((tx) => tx.select({ n: sql<number>`count(*)::int` }).from(outbox).where(isNull(outbox.sentAt)));
  return row?.n ?? 0;
}
