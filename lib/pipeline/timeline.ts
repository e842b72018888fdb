import { orderEvents } from "@/db/schema";
import type { Tx } from "@/db";
import { withTenant } from "@/db";
import { redactValue } from "@/lib/http/redact";
import { errorSummary } from "./errors";

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

/** Notes on the timeline that a step failed for a passing reason and will be tried again. */
export async function recordRetry(tenantId: string, orderId: string, kind: string, message: string, error: unknown): Promise<void> {
  await withTenant(tenantId, (tx) => recordEvent(tx, tenantId, orderId, { kind, message, detail: errorSummary(error) }));
}
