import { outbox } from "@/db/schema";
import type { Tx } from "@/db";

export interface OutboxEvent {
  /** Event name, e.g. "order.received". */
  name: string;
  data: Record<string, unknown>;
  /** Unique per event; a second enqueue with the same key adds no row (and the relay uses it as the event id). */
  key: string;
  /** Not before this time (a delayed event); default now. */
  availableAt?: Date;
}

/**
 * Writes an event for the background engine in the caller's transaction, so it exists exactly
 * when the change it announces was committed. Returns false when the key was already there.
 */
export async function enqueue(tx: Tx, tenantId: string, event: OutboxEvent): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({ tenantId, name: event.name, data: event.data, idempotencyKey: event.key, ...(event.availableAt ? { availableAt: event.availableAt } : {}) })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}
