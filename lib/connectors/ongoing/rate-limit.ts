import { parseRetryAfter, type RateLimitPolicy } from "@/lib/http";

/**
 * Ongoing documents no REST quota or header. Its front answers 503 to excessive polling [S2], and
 * clients treat 429 the same [S5]; both mean "slow down", with Retry-After honoured if present.
 */
export const ongoingRateLimitPolicy: RateLimitPolicy = {
  name: "ongoing",
  isRateLimited: (res) => res.status === 429 || res.status === 503,
  waitMs: (res, now) => parseRetryAfter(res.headers.get("retry-after"), now),
};
