import type { FaultSwitches } from "@/lib/sandbox/faults";

/** Consecutive refusals in one rate-limit burst. */
export const RATE_LIMIT_BURST = 3;

/**
 * Splits a total fault rate evenly over the kinds a partner can produce, so that `rate` of its
 * calls fail: a rate-limit burst refuses RATE_LIMIT_BURST calls, so it starts a third as often.
 * Expired tokens only where a client renews its token itself (plentymarkets' login).
 */
export function faultMix(rate: number, options: { renewableTokens: boolean }): Partial<FaultSwitches> {
  const kinds = options.renewableTokens ? 5 : 4;
  const share = rate / kinds;
  return {
    timeoutRate: share,
    serverErrorRate: share,
    malformedRate: share,
    rateLimitRate: share / RATE_LIMIT_BURST,
    rateLimitBurst: RATE_LIMIT_BURST,
    expiredTokenRate: options.renewableTokens ? share : 0,
  };
}
