import type { OutboxRow } from "@/db/schema";
import { claimDueRows, markFailed, markSent } from "./relay-store";

/** One event as it leaves the outbox; `id` is the outbox key, so a re-sent event is deduplicated. */
export interface RelayedEvent {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
}

/** Delivers a batch of events, all or nothing; throws when they could not be delivered. */
export type EventSender = (events: RelayedEvent[]) => Promise<void>;

export interface RelayResult {
  claimed: number;
  sent: number;
  failed: number;
  error?: string;
}

export function toRelayedEvent(row: OutboxRow): RelayedEvent {
  return { id: row.idempotencyKey, name: row.name, data: row.data, ts: row.createdAt.getTime() };
}

/**
 * Sends the due outbox rows of every tenant and marks them sent. When the sender fails (Inngest
 * unreachable) the rows stay, with one more attempt and a later due time. Delivery is
 * at least once: a crash after sending and before marking sends the rows again, under the same
 * event id (Inngest drops a repeated id; the functions are idempotent besides).
 */
export async function relayOutbox(send: EventSender, options: { batchSize?: number; now?: () => Date } = {}): Promise<RelayResult> {
  const now = options.now ?? (() => new Date());
  const rows = await claimDueRows(options.batchSize ?? 100, now());
  if (rows.length === 0) return { claimed: 0, sent: 0, failed: 0 };
  const ids = rows.map((row) => row.id);
  try {
    await send(rows.map(toRelayedEvent));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await markFailed(ids, message, now());
    return { claimed: rows.length, sent: 0, failed: rows.length, error: message };
  }
  await markSent(ids, now());
  return { claimed: rows.length, sent: rows.length, failed: 0 };
}
