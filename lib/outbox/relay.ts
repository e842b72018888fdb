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
 * When a whole batch is refused, the rows are tried one by one, so one event Inngest will not
 * take (too large, malformed) does not hold back the others; if the first alone fails too,
 * Inngest is taken to be down and the rest wait for the next pass.
 */
export async function relayOutbox(send: EventSender, options: { batchSize?: number; now?: () => Date; tenantId?: string } = {}): Promise<RelayResult> {
  const now = options.now ?? (() => new Date());
  const rows = await claimDueRows(options.batchSize ?? 100, now(), undefined, options.tenantId ? { tenantId: options.tenantId } : {});
  if (rows.length === 0) return { claimed: 0, sent: 0, failed: 0 };
  try {
    await send(rows.map(toRelayedEvent));
    await markSent(rows.map((row) => row.id), now());
    return { claimed: rows.length, sent: rows.length, failed: 0 };
  } catch (error) {
    if (rows.length === 1) return failAll(rows, error, now());
  }
  let sent = 0;
  const failed: OutboxRow[] = [];
  let lastError: unknown;
  for (const [i, row] of rows.entries()) {
    try {
      await send([toRelayedEvent(row)]);
      await markSent([row.id], now());
      sent++;
    } catch (error) {
      lastError = error;
      failed.push(row);
      if (i === 0) {
        failed.push(...rows.slice(1));
        break;
      }
    }
  }
  if (failed.length > 0) await markFailed(failed.map((row) => row.id), messageOf(lastError), now());
  return { claimed: rows.length, sent, failed: failed.length, ...(failed.length ? { error: messageOf(lastError) } : {}) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function failAll(rows: OutboxRow[], error: unknown, now: Date): Promise<RelayResult> {
  await markFailed(rows.map((row) => row.id), messageOf(error), now);
  return { claimed: rows.length, sent: 0, failed: rows.length, error: messageOf(error) };
}
