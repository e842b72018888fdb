import { parseRetryAfter, type RateLimitPolicy } from "@/lib/http";

/**
 * The storefront API answers 429 with Retry-After and RateLimit-Limit/-Remaining/-Reset [V3];
 * that the back-office API does the same is a guess. With nothing left, wait out the reset.
 */
export const vendreRateLimitPolicy: RateLimitPolicy = {
  name: "vendre",
  isRateLimited: (res) => res.status === 429,
  waitMs(res, now) {
    const retryAfter = parseRetryAfter(res.headers.get("retry-after"), now);
    if (retryAfter !== undefined) return retryAfter;
    const remaining = Number(res.headers.get("ratelimit-remaining") ?? "NaN");
    const reset = Number(res.headers.get("ratelimit-reset") ?? "NaN");
    if (remaining <= 0 && Number.isFinite(reset)) return reset * 1000;
    return undefined;
  },
};
