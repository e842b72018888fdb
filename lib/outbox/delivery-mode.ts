import { desc, sql } from "drizzle-orm";
import { withSystem } from "@/db";
import { deliveryHeartbeats, type DeliveryPath } from "@/db/schema";

/** A path that has not looked at the outbox for this long is not delivering. */
export const HEARTBEAT_STALE_MS = 2 * 60_000;

/** Notes that `path` looked at the outbox and how many events it delivered (or why it could not). */
export async function recordHeartbeat(path: DeliveryPath, outcome: { delivered: number; error?: string }, now: Date = new Date()): Promise<void> {
  const delivered = outcome.delivered > 0;
  await withSystem((tx) =>
    tx
      .insert(deliveryHeartbeats)
      .values({ path, seenAt: now, delivered: outcome.delivered, deliveredAt: delivered ? now : null, lastError: outcome.error ?? null })
      .onConflictDoUpdate({
        target: deliveryHeartbeats.path,
        set: {
          seenAt: now,
          delivered: sql`${deliveryHeartbeats.delivered} + ${outcome.delivered}`,
          ...(delivered ? { deliveredAt: now } : {}),
          // A success clears the last error; a pass with nothing to send keeps it.
          ...(outcome.error ? { lastError: outcome.error } : delivered ? { lastError: null } : {}),
        },
      }),
  );
}

export interface DeliveryMode {
  /** "none": no relay and no local worker has looked at the outbox lately. */
  path: DeliveryPath | "none";
  seenAt: Date | null;
  deliveredAt: Date | null;
  lastError: string | null;
}

/** Which path is delivering events: the one that looked at the outbox last, if it did lately. */
export async function currentDeliveryMode(now: Date = new Date()): Promise<DeliveryMode> {
  const [latest] = await withSystem((tx) => tx.select().from(deliveryHeartbeats).orderBy(desc(deliveryHeartbeats.seenAt)).limit(1));
  if (!latest || now.getTime() - latest.seenAt.getTime() > HEARTBEAT_STALE_MS) {
    return { path: "none", seenAt: latest?.seenAt ?? null, deliveredAt: latest?.deliveredAt ?? null, lastError: latest?.lastError ?? null };
  }
  return { path: latest.path, seenAt: latest.seenAt, deliveredAt: latest.deliveredAt, lastError: latest.lastError };
}
