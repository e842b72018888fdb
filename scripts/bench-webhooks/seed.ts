import { randomUUID } from "node:crypto";

export interface BenchEndpoint {
  tenantId: string;
  connectionId: string;
  token: string;
  secret: string;
}

/** A tenant with one Webshipper connection and its webhook endpoint, made through the app's own functions. */
export async function seedEndpoint(): Promise<BenchEndpoint> {
  const { signUp } = await import("../../lib/tenancy/sign-up");
  const { createConnection } = await import("../../lib/connections/store");
  const { withTenant } = await import("../../db");
  const { ensureEndpoint } = await import("../../lib/webhooks/endpoints");
  const { tenantId } = await signUp({ name: "Bench Owner", email: `bench-${randomUUID().slice(0, 8)}@example.test`, password: "correct horse battery", company: "Bench ApS" });
  const connection = await createConnection(tenantId, {
    connectorId: "webshipper",
    label: "Webshipper (bench)",
    credentials: { account: "bench", apiToken: "bench-token", orderChannelId: 1, apiUrl: "http://127.0.0.1:9/" },
  });
  const endpoint = await withTenant(tenantId, (tx) => ensureEndpoint(tx, tenantId, connection.id));
  return { tenantId, connectionId: connection.id, token: endpoint.token, secret: endpoint.secret };
}

/** Deliveries stored for the connection and their webhook.received events, read as the owner (no RLS). */
export async function countStored(ownerUrl: string, connectionId: string): Promise<{ deliveries: number; events: number }> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const [d] = await sql<{ n: string }[]>`select count(*)::text as n from webhook_deliveries where connection_id = ${connectionId}`;
    const [e] = await sql<{ n: string }[]>`select count(*)::text as n from outbox where name = 'webhook.received' and data->>'connectionId' = ${connectionId}`;
    return { deliveries: Number(d!.n), events: Number(e!.n) };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
