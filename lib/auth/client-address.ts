import { env } from "@/lib/env";

/**
 * The client's address for sign-in rate limits. Each proxy appends the address it saw to
 * X-Forwarded-For, so only the last `hops` entries were written by proxies we run; anything to
 * their left came from the client and may be forged (taking the first entry would let anyone
 * pick a fresh address per attempt). Next.js fills the header from the socket only when it is
 * absent. With no proxy (hops 0) the header is not trusted: every such request shares "unknown".
 */
export function clientAddress(headers: Headers, hops: number = env().TRUSTED_PROXY_HOPS): string {
  if (hops < 1) return "unknown";
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trusted = entries.length >= hops ? entries[entries.length - hops] : entries[0];
  return trusted || headers.get("x-real-ip")?.trim() || "unknown";
}
