import { orderEvents } from "@/db/schema";
import type { Tx } from "@/db";
import { redactValue } from "@/lib/http/redact";

export interface TimelineEntry {
  kind: string;
  message: string;
  /** Request/response summaries; secrets are redacted before they are stored. */
  detail?: Record<string, unknown>;
  at?: Date;
}

/** Adds one step to an order's timeline, in the caller's transaction. */
export async function recordEvent(tx: Tx, tenantId: string, orderId: string, entry: TimelineEntry): Promise<void> {
  await tx.insert(orderEvents).values({
    tenantId,
    orderId,
    kind: entry.kind,
    message: entry.message,
    detail: entry.detail ? (redactValue(entry.detail) as Record<string, unknown>) : null,
    ...(entry.at ? { at: entry.at } : {}),
  });
}
