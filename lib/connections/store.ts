import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { withTenant } from "@/db";
import { connectionRequests, connections, type Connection } from "@/db/schema";
import { describeCredentials, getConnector, publicCredentialView, type AnyConnector } from "@/lib/connectors";
import { decryptJson, encryptJson, envelopeKeyId } from "@/lib/crypto/secret-box";
import { changedKeys, recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { currentKeyRing } from "./key-ring";

const labelSchema = z.string().trim().min(1, { message: "Give the connection a name." }).max(80, { message: "Use at most 80 characters." });

/** What the browser may see of a connection: never a secret, only whether one is set. */
export interface ConnectionView {
  id: string;
  connectorId: string;
  label: string;
  credentials: Record<string, unknown>;
  discovered: Record<string, unknown> | null;
  status: Connection["status"];
  lastTestedAt: Date | null;
  lastError: string | null;
}

function validateCredentials(connector: AnyConnector, values: Record<string, unknown>): Record<string, unknown> {
  const result = connector.credentialSchema.safeParse(values);
  if (result.success) return result.data as Record<string, unknown>;
  const labels = new Map(describeCredentials(connector.credentialSchema).map((f) => [f.key, f.label]));
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? "");
  throw new UserError(`${labels.get(key) ?? key}: ${issue.message}`, key || undefined);
}

/** The ciphertext is bound to its row, so a copy pasted into another connection does not open. */
function seal(connectionId: string, credentials: Record<string, unknown>): { credentialsCiphertext: string; keyId: string } {
  const ring = currentKeyRing();
  return { credentialsCiphertext: encryptJson(credentials, ring, { context: connectionId }), keyId: ring.currentKeyId };
}

export function unseal(row: Pick<Connection, "id" | "credentialsCiphertext">): Record<string, unknown> {
  return decryptJson<Record<string, unknown>>(row.credentialsCiphertext, currentKeyRing(), { context: row.id });
}

function toView(row: Connection): ConnectionView {
  const connector = getConnector(row.connectorId);
  return {
    id: row.id,
    connectorId: row.connectorId,
    label: row.label,
    credentials: publicCredentialView(connector.credentialSchema, unseal(row)),
    discovered: row.discovered ?? null,
    status: row.status,
    lastTestedAt: row.lastTestedAt,
    lastError: row.lastError,
  };
}

export async function createConnection(
  tenantId: string,
  input: { connectorId: string; label: string; credentials: Record<string, unknown> },
  actorUserId?: string,
): Promise<ConnectionView> {
  const connector = getConnector(input.connectorId);
  const label = labelSchema.safeParse(input.label);
  if (!label.success) throw new UserError(label.error.issues[0]!.message, "label");
  const credentials = validateCredentials(connector, input.credentials);
  const id = crypto.randomUUID();
  const row = await withTenant(tenantId, async (tx) => {
    const [inserted] = await tx.insert(connections).values({ id, tenantId, connectorId: connector.id, label: label.data, ...seal(id, credentials) }).returning();
    await recordAudit(tx, tenantId, { actorUserId, action: "connection.created", target: { type: "connection", id }, details: { connector: connector.id, label: label.data } });
    return inserted!;
  });
  return toView(row);
}

/**
 * Credentials are write-only: a secret field left empty keeps the stored value, so the form never
 * needs to show it. Changing credentials makes the connection untested again.
 */
export async function updateConnectionCredentials(tenantId: string, connectionId: string, changes: Record<string, unknown>, actorUserId?: string): Promise<ConnectionView> {
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx.select().from(connections).where(eq(connections.id, connectionId)).for("update");
    if (!row) throw new UserError("That connection does not exist.");
    const connector = getConnector(row.connectorId);
    const stored = unseal(row);
    const merged = { ...stored };
    for (const field of describeCredentials(connector.credentialSchema)) {
      const value = changes[field.key];
      if (value === undefined || (field.secret && value === "")) continue;
      merged[field.key] = value;
    }
    const credentials = validateCredentials(connector, merged);
    const [updated] = await tx
      .update(connections)
      .set({ ...seal(row.id, credentials), status: "untested", lastError: null, updatedAt: new Date() })
      .where(eq(connections.id, connectionId))
      .returning();
    // Only the names of the fields that changed: the audit log never holds a credential.
    const fields = changedKeys(stored, credentials);
    if (fields.length > 0) {
      await recordAudit(tx, tenantId, { actorUserId, action: "connection.credentials_changed", target: { type: "connection", id: row.id }, details: { label: row.label, connector: row.connectorId, fields } });
    }
    return toView(updated!);
  });
}

export async function getConnection(tenantId: string, connectionId: string): Promise<ConnectionView | null> {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(connections).where(eq(connections.id, connectionId)));
  return row ? toView(row) : null;
}

export async function listConnections(tenantId: string): Promise<ConnectionView[]> {
  const rows = await withTenant(tenantId, (tx) => tx.select().from(connections).orderBy(connections.label));
  return rows.map(toView);
}

export async function deleteConnection(tenantId: string, connectionId: string, actorUserId?: string): Promise<void> {
  const deleted = await withTenant(tenantId, async (tx) => {
    const rows = await tx.delete(connections).where(eq(connections.id, connectionId)).returning({ id: connections.id, label: connections.label, connectorId: connections.connectorId });
    for (const row of rows) {
      await recordAudit(tx, tenantId, { actorUserId, action: "connection.deleted", target: { type: "connection", id: row.id }, details: { connector: row.connectorId, label: row.label } });
    }
    return rows;
  });
  if (deleted.length === 0) throw new UserError("That connection does not exist.");
}

export async function listConnectionRequests(tenantId: string, connectionId: string, limit = 50) {
  return withTenant(tenantId, (tx) =>
    tx.select().from(connectionRequests).where(and(eq(connectionRequests.connectionId, connectionId))).orderBy(desc(connectionRequests.id)).limit(limit),
  );
}

/** Seals every connection of a tenant still under an older key with the current one. */
export async function reencryptConnections(tenantId: string): Promise<number> {
  const ring = currentKeyRing();
  return withTenant(tenantId, async (tx) => {
    const rows = await tx.select().from(connections).for("update");
    let changed = 0;
    for (const row of rows) {
      if (envelopeKeyId(row.credentialsCiphertext) === ring.currentKeyId) continue;
      await tx.update(connections).set(seal(row.id, unseal(row))).where(eq(connections.id, row.id));
      changed += 1;
    }
    return changed;
  });
}
