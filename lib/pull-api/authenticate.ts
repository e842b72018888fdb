import { eq, sql } from "drizzle-orm";
import { withoutTenant, type Tx } from "@/db";
import { apiKeys } from "@/db/schema";
import { hashApiKey } from "./keys";

export interface ApiKeyHolder {
  keyId: string;
  tenantId: string;
}

/** The key of `Authorization: Bearer <key>`, or null when the header is missing or not that. */
export function bearerKey(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S{1,200})\s*$/i);
  return match?.[1] ?? null;
}

/**
 * The tenant a presented key belongs to, or null for an unknown or revoked key. Runs before the
 * tenant is known: the transaction sets `app.api_key_hash`, and the api_keys_by_hash policy
 * (db/schema/api-keys.ts) shows it that one row and nothing else.
 */
export async function resolveApiKey(key: string): Promise<ApiKeyHolder | null> {
  const hash = hashApiKey(key);
  const [row] = await withoutTenant(async (tx: Tx) => {
    await tx.execute(sql`select set_config('app.api_key_hash', ${hash}, true)`);
    return tx.select({ id: apiKeys.id, tenantId: apiKeys.tenantId, revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.keyHash, hash));
  });
  if (!row || row.revokedAt) return null;
  return { keyId: row.id, tenantId: row.tenantId };
}

/** Notes the key's use, at most once a minute (so a busy shop does not write on every call). */
export async function touchApiKey(tx: Tx, keyId: string): Promise<void> {
  await tx.execute(sql`update api_keys set last_used_at = now()
    where id = ${keyId} and (last_used_at is null or last_used_at < now() - interval '1 minute')`);
}
