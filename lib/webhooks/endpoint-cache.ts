import type { ResolvedEndpoint } from "./find-endpoint";

/** How long a found endpoint is trusted without asking the database again. */
export const ENDPOINT_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

const cache = new Map<string, { endpoint: ResolvedEndpoint; until: number }>();

/**
 * Found endpoints, per process, for a few seconds: a partner's burst then costs one database
 * transaction per delivery instead of two. Only hits are kept (an unknown token always asks the
 * database). Staleness is harmless: an endpoint's token, tenant and secret never change (partner
 * secrets are added at registration, which forgets the entry here; another process may refuse a
 * delivery signed with a brand-new one for up to the TTL, and the partner retries it); one
 * disabled in another process may take a delivery for up to the TTL, stored and processed with
 * no active link; one deleted with its connection fails the insert (foreign key) and gets 404.
 */
export async function cachedEndpoint(tokenHash: string, load: () => Promise<ResolvedEndpoint | null>, now = Date.now()): Promise<ResolvedEndpoint | null> {
  const hit = cache.get(tokenHash);
  if (hit && hit.until > now) return hit.endpoint;
  const endpoint = await load();
  if (!endpoint) {
    cache.delete(tokenHash);
    return null;
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(tokenHash, { endpoint, until: now + ENDPOINT_CACHE_TTL_MS });
  return endpoint;
}

/** This process stops trusting the connection's endpoint at once (disabled, removed). */
export function forgetEndpoint(connectionId: string): void {
  for (const [key, value] of cache) if (value.endpoint.connectionId === connectionId) cache.delete(key);
}
