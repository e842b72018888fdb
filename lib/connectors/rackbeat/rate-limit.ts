import { parseRetryAfter, type RateLimitPolicy } from "@/lib/http";

/**
 * Rackbeat throttles with 429 [R1]; clients read `X-RateLimit-Remaining` [K2]. When no calls are
 * left and no Retry-After came, wait a minute (GUESS: Laravel's throttle window; no reset header seen).
 */
export const rackbeatRateLimitPolicy: RateLimitPolicy = {
  name: "rackbeat",
  isRateLimited: (res) => res.status === 429,
  waitMs(res, now) {
    const retryAfter = parseRetryAfter(res.headers.get("retry-after"), now);
    if (retryAfter !== undefined) return retryAfter;
    const remaining = Number(res.headers.get("x-ratelimit-remaining") ?? NaN);
    return Number.isFinite(remaining) && remaining <= 0 ? 60_000 : undefined;
  },
};
