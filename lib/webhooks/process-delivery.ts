import { and, eq, or } from "drizzle-orm";
import { withTenant } from "@/db";
import { links, webhookDeliveries, type WebhookDelivery } from "@/db/schema";
import { openConnection } from "@/lib/connections/open";
import type { WarehouseChange } from "@/lib/connectors";
import { enqueue } from "@/lib/outbox/enqueue";
import { applyWarehouseChanges } from "@/lib/pipeline/apply-changes";
import { errorMessage, isRetriable } from "@/lib/pipeline/errors";
import { connectorOfConnection } from "@/lib/pipeline/link-flow";

export interface ProcessDeliveryResult {
  outcome: "processed" | "failed" | "already_done";
  changes: number;
  statusChanges: number;
  newShipments: number;
  /** Source-side links asked to run their intake now. */
  intakes: number;
}

const nothing = { changes: 0, statusChanges: 0, newShipments: 0, intakes: 0 };

async function finish(tenantId: string, deliveryId: string, set: Partial<Pick<WebhookDelivery, "status" | "changes" | "error">>): Promise<void> {
  await withTenant(tenantId, (tx) =>
    tx
      .update(webhookDeliveries)
      .set({ ...set, processedAt: new Date() })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "received"))),
  );
}

/**
 * A stored delivery → the pipeline. For every active link whose warehouse is this connection the
 * connector parses it into changes, applied by applyWarehouseChanges (idempotent: shipments are
 * unique per order and reference, so a rerun after a crash adds nothing). For every active link
 * whose source it is, the webhook only says "look now": that link's intake is requested (and its
 * status poll, where the source itself ships and the other side records it).
 * A transient failure is thrown (the engine retries); a permanent one marks the delivery failed
 * with its reason, shown on the connection page, and polling remains the backstop.
 */
export async function processWebhookDelivery(tenantId: string, deliveryId: string): Promise<ProcessDeliveryResult> {
  const [delivery] = await withTenant(tenantId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId)));
  if (!delivery || delivery.status !== "received") return { outcome: "already_done", ...nothing };
  const connectionId = delivery.connectionId;
  const active = await withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(links)
      .where(and(eq(links.status, "active"), or(eq(links.warehouseConnectionId, connectionId), eq(links.sourceConnectionId, connectionId)))),
  );
  const result: ProcessDeliveryResult = { outcome: "processed", ...nothing };

  const warehouseLinks = active.filter((l) => l.warehouseConnectionId === connectionId);
  if (warehouseLinks.length > 0) {
    let changes: WarehouseChange[];
    try {
      const { connector, context } = await openConnection(tenantId, connectionId);
      if (!connector.webhooks) throw new Error(`connector ${connector.id} takes no webhooks`);
      changes = await connector.webhooks.parse(context, { headers: delivery.headers, body: delivery.body, receivedAt: delivery.receivedAt });
    } catch (error) {
      if (isRetriable(error)) throw error;
      await finish(tenantId, deliveryId, { status: "failed", error: errorMessage(error) });
      return { ...result, outcome: "failed" };
    }
    result.changes = changes.length;
    for (const link of warehouseLinks) {
      const applied = await applyWarehouseChanges(tenantId, link.id, changes);
      result.statusChanges += applied.statusChanges;
      result.newShipments += applied.newShipments.length;
    }
  }

  const sourceLinks = active.filter((l) => l.sourceConnectionId === connectionId);
  await withTenant(tenantId, async (tx) => {
    for (const link of sourceLinks) {
      await enqueue(tx, tenantId, { name: "link.intake.requested", data: { tenantId, linkId: link.id }, key: `webhook:${deliveryId}:${link.id}:intake` });
      // Where the source ships (Webshipper → Rackbeat), its news may be a shipment: the status poll reads those too.
      if ((await connectorOfConnection(tx, link.warehouseConnectionId))?.warehouse?.recordShipment) {
        await enqueue(tx, tenantId, { name: "link.status-poll.requested", data: { tenantId, linkId: link.id }, key: `webhook:${deliveryId}:${link.id}:status-poll` });
      }
    }
    await tx
      .update(webhookDeliveries)
      .set({ status: "processed", changes: result.changes, processedAt: new Date() })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, "received")));
  });
  result.intakes = sourceLinks.length;
  return result;
}
