import { and, eq, ne, or } from "drizzle-orm";
import { withTenant } from "@/db";
import { links, webhookEndpoints } from "@/db/schema";
import { openConnection } from "@/lib/connections/open";
import { getLink } from "@/lib/pipeline/links";
import { errorMessage, isRetriable } from "@/lib/pipeline/errors";
import { forgetEndpoint } from "./endpoint-cache";
import { addPartnerSecrets, endpointUrl, ensureEndpoint, openEndpointSecrets, SECRET_PLACEHOLDER } from "./endpoints";

/** Ongoing's setup steps name our secret; the stored copy has a placeholder (the panel fills it in for admins). */
function withoutSecret(steps: string | undefined, secret: string): string | null {
  return steps ? steps.split(secret).join(SECRET_PLACEHOLDER) : null;
}

export interface RegistrationOutcome {
  connectionId: string;
  outcome: "registered" | "manual" | "failed" | "no_webhooks";
  events?: string[];
  error?: string;
}

/**
 * On activation: for both connections of the link whose connector takes webhooks, make (or
 * re-enable) the endpoint and register it at the partner (Webshipper, wemalo by API; Ongoing
 * answers with the steps the merchant takes in its admin UI). A permanent refusal is recorded on
 * the endpoint and does not fail the link: polling stays the backstop. Transient errors throw.
 */
export async function registerLinkWebhooks(tenantId: string, linkId: string, options: { baseUrl?: string } = {}): Promise<RegistrationOutcome[]> {
  const link = await getLink(tenantId, linkId);
  const outcomes: RegistrationOutcome[] = [];
  for (const connectionId of new Set([link.sourceConnectionId, link.warehouseConnectionId])) {
    const { connector, context } = await openConnection(tenantId, connectionId);
    const hooks = connector.webhooks;
    if (!hooks) {
      outcomes.push({ connectionId, outcome: "no_webhooks" });
      continue;
    }
    const endpoint = await withTenant(tenantId, (tx) => ensureEndpoint(tx, tenantId, connectionId));
    if (!hooks.register) {
      outcomes.push({ connectionId, outcome: "manual" });
      continue;
    }
    try {
      const registered = await hooks.register(context, { url: endpointUrl(endpoint.token, options.baseUrl), secret: endpoint.secret, partnerSecrets: endpoint.partnerSecrets ?? [] });
      await withTenant(tenantId, async (tx) => {
        await tx
          .update(webhookEndpoints)
          .set({ registeredAt: new Date(), registeredEvents: registered.events, manualSteps: withoutSecret(registered.manualSteps, endpoint.secret), lastError: null })
          .where(eq(webhookEndpoints.id, endpoint.row.id));
        await addPartnerSecrets(tx, endpoint.row, registered.partnerSecrets ?? []);
      });
      // The process may hold the endpoint without the new secrets: forget it, so the next delivery reads them.
      if (registered.partnerSecrets?.length) forgetEndpoint(connectionId);
      outcomes.push({ connectionId, outcome: registered.manualSteps ? "manual" : "registered", events: registered.events });
    } catch (error) {
      if (isRetriable(error)) throw error;
      const message = errorMessage(error);
      await withTenant(tenantId, (tx) => tx.update(webhookEndpoints).set({ lastError: message }).where(eq(webhookEndpoints.id, endpoint.row.id)));
      outcomes.push({ connectionId, outcome: "failed", error: message });
    }
  }
  return outcomes;
}

/** Connections of a link that no other link uses: their webhooks go when the link goes. */
export async function connectionsOnlyUsedBy(tenantId: string, linkId: string): Promise<string[]> {
  const link = await getLink(tenantId, linkId);
  const candidates = [...new Set([link.sourceConnectionId, link.warehouseConnectionId])];
  const others = await withTenant(tenantId, (tx) =>
    tx
      .select({ source: links.sourceConnectionId, warehouse: links.warehouseConnectionId })
      .from(links)
      .where(and(ne(links.id, linkId), or(...candidates.flatMap((c) => [eq(links.sourceConnectionId, c), eq(links.warehouseConnectionId, c)])))),
  );
  const used = new Set(others.flatMap((o) => [o.source, o.warehouse]));
  return candidates.filter((c) => !used.has(c));
}

/**
 * After a link was deleted: if no link uses the connection any more, remove our webhooks at the
 * partner (where its API allows; wemalo has no removal call and switches a failing URL off itself)
 * and disable the endpoint, so later deliveries get 404.
 */
export async function removeConnectionWebhooks(tenantId: string, connectionId: string, options: { baseUrl?: string } = {}): Promise<{ removed: number; skipped?: "still_used" | "no_endpoint" }> {
  const [endpoint] = await withTenant(tenantId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, connectionId)));
  if (!endpoint) return { removed: 0, skipped: "no_endpoint" };
  const users = await withTenant(tenantId, (tx) =>
    tx.select({ id: links.id }).from(links).where(or(eq(links.sourceConnectionId, connectionId), eq(links.warehouseConnectionId, connectionId))),
  );
  if (users.length > 0) return { removed: 0, skipped: "still_used" };
  await withTenant(tenantId, (tx) => tx.update(webhookEndpoints).set({ enabledAt: null }).where(eq(webhookEndpoints.id, endpoint.id)));
  forgetEndpoint(connectionId);
  const { connector, context } = await openConnection(tenantId, connectionId);
  const removed = connector.webhooks?.unregister ? await connector.webhooks.unregister(context, { url: endpointUrl(openEndpointSecrets(endpoint).token, options.baseUrl) }) : 0;
  await withTenant(tenantId, async (tx) => {
    await tx.update(webhookEndpoints).set({ registeredAt: null, registeredEvents: null }).where(eq(webhookEndpoints.id, endpoint.id));
    // The partner's tokens went with its webhooks (Rackbeat); a new registration brings new ones.
    await addPartnerSecrets(tx, endpoint, [], { replace: true });
  });
  return { removed };
}
