import { wemaloRateLimitPolicy, type RateLimitPolicy } from "@/lib/http/rate-limit";

/**
 * wemalo's limits for the HTTP layer: `x-wemalo-limit-maxcall` / `-remainingcall` headers and 419
 * (also 429, and 419 inside a 2xx body) when exceeded [partners/wemalo.md §7], via the shared
 * policy in lib/http. wemalo sends no reset time: when no calls are left we sit out a window,
 * whose length is a guess; wemalo's own plugin sleeps only 3 s at that point [M2 waitLimitCall].
 */
export const WEMALO_LIMIT_WINDOW_MS = 60_000;

export function createWemaloRateLimitPolicy(windowMs = WEMALO_LIMIT_WINDOW_MS): RateLimitPolicy {
  return wemaloRateLimitPolicy({ windowMs });
}

export const wemaloPolicy = createWemaloRateLimitPolicy();
