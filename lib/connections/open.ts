import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { connections } from "@/db/schema";
import { createConnectorContext, type CreateContextInput } from "@/lib/connectors/context";
import { getConnector, type AnyConnector, type ConnectorContext } from "@/lib/connectors";
import { env, isProduction } from "@/lib/env";
import { isPartnerError } from "@/lib/http/errors";
import { UserError } from "@/lib/errors/user-error";
import { dbRequestLogSink } from "./db-request-log";
import { unseal } from "./store";

export interface OpenConnection {
  connector: AnyConnector;
  context: ConnectorContext<unknown, unknown>;
}

/**
 * Decrypts a connection's credentials for the call about to be made and builds its context:
 * one HTTP client with the partner's auth, rate-limit policy, budget, URL guard and a request log.
 */
export async function openConnection(
  tenantId: string,
  connectionId: string,
  overrides: Pick<CreateContextInput<unknown, unknown>, "http" | "signal"> = {},
): Promise<OpenConnection> {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(connections).where(eq(connections.id, connectionId)));
  if (!row) throw new UserError("That connection does not exist.");
  const connector = getConnector(row.connectorId);
  const context = createConnectorContext({
    connector,
    tenantId,
    connectionId,
    credentials: unseal(row),
    settings: row.settings,
    requestLog: dbRequestLogSink(tenantId, connectionId),
    // Loopback and private addresses (SSRF targets) only where configured, and never in production.
    allowPrivateUrls: env().ALLOW_PRIVATE_URLS && !isProduction(),
    ...overrides,
  });
  return { connector, context };
}

/** Runs the connector's test, stores what it discovered, and says in words what is wrong if it fails. */
export async function testStoredConnection(tenantId: string, connectionId: string, overrides: Parameters<typeof openConnection>[2] = {}) {
  const { connector, context } = await openConnection(tenantId, connectionId, overrides);
  try {
    const result = await connector.testConnection(context);
    await withTenant(tenantId, (tx) =>
      tx
        .update(connections)
        .set({ status: "ok", discovered: { account: result.account, ...result.discovered }, lastTestedAt: new Date(), lastError: null })
        .where(eq(connections.id, connectionId)),
    );
    return { ok: true as const, ...result };
  } catch (error) {
    if (!isPartnerError(error)) throw error;
    const message = error.message;
    await withTenant(tenantId, (tx) =>
      tx.update(connections).set({ status: "failing", lastTestedAt: new Date(), lastError: message }).where(eq(connections.id, connectionId)),
    );
    return { ok: false as const, kind: error.kind, reason: error.reason, status: error.status, message };
  }
}
