import { desc, eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { endpointUrl, openEndpointSecrets, SECRET_PLACEHOLDER } from "./endpoints";

export interface DeliveryView {
  id: string;
  topic: string | null;
  status: "received" | "processed" | "ignored" | "failed";
  changes: number | null;
  repeats: number;
  error: string | null;
  receivedAt: Date;
  processedAt: Date | null;
  bytes: number;
}

export interface WebhookPanel {
  /** Null until a link using this connection was activated. */
  endpoint: {
    enabled: boolean;
    registeredAt: Date | null;
    events: string[];
    lastError: string | null;
    /** URL and setup steps carry the secret: only for admins. */
    url: string;
    manualSteps: string | null;
  } | null;
  deliveries: DeliveryView[];
}

/** The connection page's webhook card: our endpoint and the newest deliveries (bodies stay in the database). */
export async function webhookPanel(tenantId: string, connectionId: string, limit = 20): Promise<WebhookPanel> {
  return withTenant(tenantId, async (tx) => {
    const [endpoint] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, connectionId));
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        topic: webhookDeliveries.topic,
        status: webhookDeliveries.status,
        changes: webhookDeliveries.changes,
        repeats: webhookDeliveries.repeats,
        error: webhookDeliveries.error,
        receivedAt: webhookDeliveries.receivedAt,
        processedAt: webhookDeliveries.processedAt,
        body: webhookDeliveries.body,
      })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.connectionId, connectionId))
      .orderBy(desc(webhookDeliveries.receivedAt))
      .limit(limit);
    const secrets = endpoint ? openEndpointSecrets(endpoint) : undefined;
    return {
      endpoint: endpoint
        ? {
            enabled: endpoint.enabledAt !== null,
            registeredAt: endpoint.registeredAt,
            events: endpoint.registeredEvents ?? [],
            lastError: endpoint.lastError,
            url: endpointUrl(secrets!.token),
            manualSteps: endpoint.manualSteps?.split(SECRET_PLACEHOLDER).join(secrets!.secret) ?? null,
          }
        : null,
      deliveries: rows.map(({ body, ...r }) => ({ ...r, bytes: Buffer.byteLength(body, "utf8") })),
    };
  });
}
