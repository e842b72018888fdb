import { eq, sql } from "drizzle-orm";
import { withDbContext } from "@/db";
import { connections, webhookEndpoints } from "@/db/schema";
import { cachedEndpoint } from "./endpoint-cache";
import { hashEndpointToken, openEndpointSecrets } from "./endpoints";

export interface ResolvedEndpoint {
  tenantId: string;
  connectionId: string;
  connectorId: string;
  secret: string;
  partnerSecrets: string[];
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The endpoint a webhook URL names, or null (unknown, disabled, malformed: the caller answers
 * one 404 for all). Acts for no tenant: `app.webhook_token_hash` opens exactly the endpoint whose
 * token the request holds (policy webhook_endpoints_by_token); only then is the transaction
 * switched to that endpoint's tenant to read its connection's connector.
 */
export async function findEndpointByToken(token: string): Promise<ResolvedEndpoint | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const hash = hashEndpointToken(token);
  return cachedEndpoint(hash, () => loadEndpoint(hash));
}

function loadEndpoint(hash: string): Promise<ResolvedEndpoint | null> {
  return withDbContext({}, async (tx) => {
    await tx.execute(sql`select set_config('app.webhook_token_hash', ${hash}, true)`);
    const [endpoint] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.tokenHash, hash));
    if (!endpoint?.enabledAt) return null;
    await tx.execute(sql`select set_config('app.webhook_token_hash', '', true), set_config('app.tenant_id', ${endpoint.tenantId}, true)`);
    const [connection] = await tx.select({ connectorId: connections.connectorId }).from(connections).where(eq(connections.id, endpoint.connectionId));
    if (!connection) return null;
    const secrets = openEndpointSecrets(endpoint);
    return { tenantId: endpoint.tenantId, connectionId: endpoint.connectionId, connectorId: connection.connectorId, secret: secrets.secret, partnerSecrets: secrets.partnerSecrets ?? [] };
  });
}
