import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { webhookEndpoints, type WebhookEndpoint } from "@/db/schema";
import { currentKeyRing } from "@/lib/connections/key-ring";
import { decryptJson, encryptJson } from "@/lib/crypto/secret-box";
import { env } from "@/lib/env";
import { hashLinkToken, newLinkToken } from "@/lib/security/tokens";

export interface EndpointSecrets {
  /** The path segment of our URL (32 random bytes, base64url). */
  token: string;
  /** What the partner signs with (Webshipper) or sends back (wemalo, Ongoing). */
  secret: string;
  /** Secrets the partner issued at registration (Rackbeat's per-webhook tokens). */
  partnerSecrets?: string[];
}

/** Stands for the secret in text stored in clear (Ongoing's manual setup steps). */
export const SECRET_PLACEHOLDER = "{{webhook secret}}";

export function endpointUrl(token: string, base = env().APP_URL): string {
  return new URL(`/api/webhooks/${token}`, base).toString();
}

export function hashEndpointToken(token: string): string {
  return hashLinkToken(token);
}

export function openEndpointSecrets(row: Pick<WebhookEndpoint, "id" | "secretCiphertext">): EndpointSecrets {
  return decryptJson<EndpointSecrets>(row.secretCiphertext, currentKeyRing(), { context: row.id });
}

/**
 * Seals the partner's secrets beside ours (re-encrypted with the current key), keeping those it
 * had; `replace` drops the old ones (the partner's webhooks were removed, so were their tokens).
 */
export async function addPartnerSecrets(tx: Tx, row: Pick<WebhookEndpoint, "id" | "secretCiphertext">, secrets: readonly string[], options: { replace?: boolean } = {}): Promise<void> {
  const current = openEndpointSecrets(row);
  if (secrets.length === 0 && (!options.replace || !current.partnerSecrets?.length)) return;
  const partnerSecrets = [...new Set([...(options.replace ? [] : (current.partnerSecrets ?? [])), ...secrets])];
  const ring = currentKeyRing();
  await tx
    .update(webhookEndpoints)
    .set({ secretCiphertext: encryptJson({ ...current, partnerSecrets }, ring, { context: row.id }), keyId: ring.currentKeyId })
    .where(eq(webhookEndpoints.id, row.id));
}

/** The connection's endpoint, made on first use (one per connection); enabled unless told otherwise. */
export async function ensureEndpoint(tx: Tx, tenantId: string, connectionId: string, options: { enable?: boolean } = {}): Promise<{ row: WebhookEndpoint } & EndpointSecrets> {
  const enable = options.enable ?? true;
  const [existing] = await tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, connectionId));
  if (existing) {
    if (enable && !existing.enabledAt) {
      const [row] = await tx.update(webhookEndpoints).set({ enabledAt: new Date() }).where(eq(webhookEndpoints.id, existing.id)).returning();
      return { row: row!, ...openEndpointSecrets(existing) };
    }
    return { row: existing, ...openEndpointSecrets(existing) };
  }
  const id = randomUUID();
  const { token, hash } = newLinkToken();
  const secret = randomBytes(32).toString("base64url");
  const ring = currentKeyRing();
  const [row] = await tx
    .insert(webhookEndpoints)
    .values({ id, tenantId, connectionId, tokenHash: hash, secretCiphertext: encryptJson({ token, secret }, ring, { context: id }), keyId: ring.currentKeyId, enabledAt: enable ? new Date() : null })
    .returning();
  return { row: row!, token, secret };
}
