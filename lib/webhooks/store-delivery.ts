import { and, eq, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { webhookDeliveries } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";
import { WEBHOOK_RECEIVED } from "./events";

export interface DeliveryToStore {
  tenantId: string;
  connectionId: string;
  dedupeKey: string;
  topic: string | undefined;
  headers: Record<string, string>;
  body: string;
  /** A topic the connector does not handle: recorded, not processed. */
  ignored: boolean;
}

export type StoreOutcome = { stored: true; deliveryId: string } | { stored: false; duplicate: true } | { stored: false; gone: true };

/** Postgres foreign_key_violation, directly or wrapped by drizzle: the connection was deleted meanwhile. */
function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23503" || e?.cause?.code === "23503";
}

/**
 * Stores a delivery once (unique per connection and dedupe key) and, in the same transaction,
 * the outbox event that gets it processed. A repeat only counts up `repeats`.
 */
export async function storeDelivery(input: DeliveryToStore): Promise<StoreOutcome> {
  try {
    return await insertDelivery(input);
  } catch (error) {
    if (isForeignKeyViolation(error)) return { stored: false, gone: true };
    throw error;
  }
}

async function insertDelivery(input: DeliveryToStore): Promise<StoreOutcome> {
  const { tenantId, connectionId, dedupeKey } = input;
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({
        tenantId,
        connectionId,
        dedupeKey,
        topic: input.topic ?? null,
        headers: input.headers,
        body: input.body,
        ...(input.ignored ? { status: "ignored" as const, processedAt: new Date(), changes: 0 } : {}),
      })
      .onConflictDoNothing({ target: [webhookDeliveries.connectionId, webhookDeliveries.dedupeKey] })
      .returning({ id: webhookDeliveries.id });
    if (!row) {
      await tx
        .update(webhookDeliveries)
        .set({ repeats: sql`${webhookDeliveries.repeats} + 1` })
        .where(and(eq(webhookDeliveries.connectionId, connectionId), eq(webhookDeliveries.dedupeKey, dedupeKey)));
      return { stored: false, duplicate: true } as const;
    }
    if (!input.ignored) {
      await enqueue(tx, tenantId, { name: WEBHOOK_RECEIVED, data: { tenantId, connectionId, deliveryId: row.id }, key: `${WEBHOOK_RECEIVED}:${row.id}` });
    }
    return { stored: true, deliveryId: row.id } as const;
  });
}
