import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { apiKeys } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { hashLinkToken } from "@/lib/security/tokens";

/** Every key starts so, so that a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = "lbp_";
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

export interface ApiKeyListItem {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export function hashApiKey(key: string): string {
  return hashLinkToken(key);
}

/** A new key for the tenant: the key is returned once and only its SHA-256 is stored. */
export async function createApiKey(tenantId: string, input: { name: string; createdBy?: string }): Promise<{ key: string; id: string; prefix: string }> {
  const name = input.name.trim();
  if (!name) throw new UserError("Give the key a name, e.g. the shop that uses it.", "name");
  if (name.length > 100) throw new UserError("Keep the name under 100 characters.", "name");
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const prefix = key.slice(0, DISPLAY_LENGTH);
  const [row] = await withTenant(tenantId, async (tx) => {
    const rows = await tx.insert(apiKeys).values({ tenantId, name, keyHash: hashApiKey(key), prefix, createdBy: input.createdBy ?? null }).returning({ id: apiKeys.id });
    await recordAudit(tx, tenantId, { actorUserId: input.createdBy, action: "api_key.created", target: { type: "api_key", id: rows[0]!.id }, details: { name } });
    return rows;
  });
  return { key, id: row!.id, prefix };
}

export async function listApiKeys(tenantId: string): Promise<ApiKeyListItem[]> {
  return withTenant(tenantId, (tx) =>
    tx
      .select({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(eq(apiKeys.tenantId, tenantId))
      .orderBy(desc(apiKeys.createdAt)),
  );
}

/** Revokes one of the tenant's keys at once; the next request with it is refused. */
export async function revokeApiKey(tenantId: string, keyId: string, actorUserId?: string): Promise<void> {
  const revoked = await withTenant(tenantId, async (tx) => {
    const rows = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    for (const row of rows) {
      await recordAudit(tx, tenantId, { actorUserId, action: "api_key.revoked", target: { type: "api_key", id: row.id }, details: { name: row.name } });
    }
    return rows;
  });
  if (revoked.length === 0) throw new UserError("That key no longer exists or is already revoked.");
}
