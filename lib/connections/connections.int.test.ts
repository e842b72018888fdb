import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { connectionRequests, connections } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { envelopeKeyId } from "@/lib/crypto/secret-box";
import { UserError } from "@/lib/errors/user-error";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import { testStoredConnection } from "./open";
import { createConnection, getConnection, listConnectionRequests, reencryptConnections, updateConnectionCredentials } from "./store";

let server: RunningServer;
const simulator = createWemaloSimulator({ basePath: "" });

beforeAll(async () => {
  server = await serveFetchHandler(simulator.handle);
});
afterAll(async () => server?.close());

async function storedRow(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(connections).where(eq(connections.id, id)));
  return row!;
}

describe("stored connections", () => {
  it("keeps credentials encrypted, with the key id, and never shows a secret back", async () => {
    const { tenantId } = await signUpOwner();
    const view = await createConnection(tenantId, {
      connectorId: "wemalo",
      label: "Our 3PL",
      credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/v1` },
    });
    expect(view.credentials.apiToken).toEqual({ set: true });
    expect(JSON.stringify(view)).not.toContain(SANDBOX_WEMALO_TOKEN);

    const row = await storedRow(tenantId, view.id);
    expect(row.keyId).toBe("test");
    expect(envelopeKeyId(row.credentialsCiphertext)).toBe("test");
    expect(row.credentialsCiphertext).not.toContain(SANDBOX_WEMALO_TOKEN);
    expect(Buffer.from(row.credentialsCiphertext, "utf8").toString()).not.toContain("apiToken");
  });

  it("rejects credentials that do not fit the connector, naming the field, storing nothing", async () => {
    const { tenantId } = await signUpOwner();
    const error = await createConnection(tenantId, { connectorId: "wemalo", label: "Broken", credentials: { apiUrl: "not a url" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/REST key|API URL/);
    const rows = await withTenant(tenantId, (tx) => tx.select().from(connections));
    expect(rows).toHaveLength(0);
  });

  it("keeps a stored secret when the form leaves it empty", async () => {
    const { tenantId } = await signUpOwner();
    const created = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: "first-secret-key", apiUrl: `${server.url}/v1` } });
    await updateConnectionCredentials(tenantId, created.id, { apiToken: "", shop: "renamed-shop" });
    const view = await getConnection(tenantId, created.id);
    expect(view?.credentials).toMatchObject({ apiToken: { set: true }, shop: "renamed-shop" });
    expect(view?.status).toBe("untested");
  });

  it("re-encrypts rows sealed with an older key", async () => {
    const { tenantId } = await signUpOwner();
    const created = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: "rotating-key", apiUrl: `${server.url}/v1` } });
    const original = process.env.ENCRYPTION_KEYS!;
    const [test, old] = original.split(",");
    process.env.ENCRYPTION_KEYS = `${old},${test}`;
    try {
      await updateConnectionCredentials(tenantId, created.id, { shop: "sealed-with-old" });
      expect((await storedRow(tenantId, created.id)).keyId).toBe("old");
    } finally {
      process.env.ENCRYPTION_KEYS = original;
    }
    expect(await reencryptConnections(tenantId)).toBe(1);
    const row = await storedRow(tenantId, created.id);
    expect(envelopeKeyId(row.credentialsCiphertext)).toBe("test");
    expect((await getConnection(tenantId, created.id))?.credentials.shop).toBe("sealed-with-old");
  });

  it("tests a connection against the partner over HTTP, stores what it found and logs the calls redacted", async () => {
    const { tenantId } = await signUpOwner();
    const created = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/v1` } });
    const result = await testStoredConnection(tenantId, created.id);
    expect(result.ok).toBe(true);
    const view = await getConnection(tenantId, created.id);
    expect(view?.status).toBe("ok");
    expect(view?.discovered).toHaveProperty("account");

    const log = await listConnectionRequests(tenantId, created.id);
    expect(log.length).toBeGreaterThan(0);
    expect(JSON.stringify(log)).not.toContain(SANDBOX_WEMALO_TOKEN);
  });

  it("says the credentials were rejected, in words, and marks the connection failing", async () => {
    const { tenantId } = await signUpOwner();
    const created = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: "a-wrong-key", apiUrl: `${server.url}/v1` } });
    const result = await testStoredConnection(tenantId, created.id);
    expect(result).toMatchObject({ ok: false, kind: "needs_merchant" });
    expect(JSON.stringify(result)).not.toContain("a-wrong-key");
    expect((await getConnection(tenantId, created.id))?.status).toBe("failing");
  });

  it("keeps one tenant's request log away from another", async () => {
    const a = await signUpOwner();
    const b = await signUpOwner();
    const created = await createConnection(a.tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/v1` } });
    await testStoredConnection(a.tenantId, created.id);
    expect(await getConnection(b.tenantId, created.id)).toBeNull();
    const seenByB = await withTenant(b.tenantId, (tx) => tx.select().from(connectionRequests).where(eq(connectionRequests.connectionId, created.id)));
    expect(seenByB).toHaveLength(0);
  });
});
