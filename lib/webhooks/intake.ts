import { createHash } from "node:crypto";
import { findConnector, type InboundWebhook, type WebhookDescription, type WebhookSupport } from "@/lib/connectors";
import { forgetEndpoint } from "./endpoint-cache";
import { findEndpointByToken } from "./find-endpoint";
import { allHeaders, storableHeaders } from "./headers";
import { readBodyCapped } from "./read-body";
import { storeDelivery } from "./store-delivery";

/** One body for every "no such endpoint", so nothing tells an unknown URL from another tenant's. */
const NOT_FOUND = { error: "not_found" } as const;

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** Connectors without describe(): the body must at least be JSON; no id, no topic. */
function describeDefault(input: InboundWebhook): WebhookDescription | null {
  try {
    JSON.parse(input.body);
    return {};
  } catch {
    return null;
  }
}

function dedupeKeyOf(description: WebhookDescription, body: string): string {
  return description.deliveryId ? `id:${description.deliveryId}` : `sha256:${createHash("sha256").update(body, "utf8").digest("hex")}`;
}

function isIgnored(hooks: WebhookSupport<unknown, unknown>, topic: string | undefined): boolean {
  return topic !== undefined && !hooks.events.includes(topic);
}

/**
 * A partner's webhook, from raw request to stored delivery. The connector decides everything
 * partner-specific (verify, describe, later parse), so Shopify or WooCommerce only add a connector.
 *
 *   body > 1 MiB                                   → 413, nothing stored (read stops at the cap)
 *   unknown or disabled endpoint token             → 404 { error: "not_found" }
 *   signature / token wrong                        → 401, nothing stored
 *   verified, but not a body this partner sends    → 400, nothing stored: a retry cannot fix it,
 *                                                    and storing it would only park garbage
 *   topic the connector does not handle            → 200 { ignored: true }, recorded as ignored
 *   otherwise                                      → stored once with its outbox event, 200
 *                                                    (a repeat: 200 { duplicate: true })
 * Processing runs later (webhook.received → processWebhookDelivery), so the answer is immediate.
 */
export async function handleWebhook(token: string, request: Request): Promise<Response> {
  const read = await readBodyCapped(request);
  if (!read.ok) return answer(413, { error: "payload_too_large" });

  const endpoint = await findEndpointByToken(token);
  const hooks = endpoint ? findConnector(endpoint.connectorId)?.webhooks : undefined;
  if (!endpoint || !hooks) return answer(404, NOT_FOUND);

  const inbound: InboundWebhook = { headers: allHeaders(request.headers), body: read.body, receivedAt: new Date() };
  if (!hooks.verify(inbound, endpoint.secret, endpoint.partnerSecrets)) return answer(401, { error: "unauthorized" });

  const description = (hooks.describe ?? describeDefault)(inbound);
  if (!description) return answer(400, { error: "malformed_body" });

  const ignored = isIgnored(hooks, description.topic);
  const outcome = await storeDelivery({
    tenantId: endpoint.tenantId,
    connectionId: endpoint.connectionId,
    dedupeKey: dedupeKeyOf(description, read.body),
    topic: description.topic,
    headers: storableHeaders(request.headers),
    body: description.bodyToStore ?? read.body,
    ignored,
  });
  if ("gone" in outcome) {
    forgetEndpoint(endpoint.connectionId);
    return answer(404, NOT_FOUND);
  }
  if (!outcome.stored) return answer(200, { ok: true, duplicate: true });
  return answer(200, ignored ? { ok: true, ignored: true, id: outcome.deliveryId } : { ok: true, id: outcome.deliveryId });
}
