import { listConnectors } from "@/lib/connectors";
import { createWemaloRateLimitPolicy } from "@/lib/connectors/wemalo/rate-limit";
import { defaultRetryOptions } from "@/lib/http/client";

export interface SoakTiming {
  /** How long the HTTP client waits for a partner before it gives up on the attempt (30 s in production). */
  clientTimeoutMs: number;
  /** How long a simulated "timeout" fault hangs before it answers at all. */
  hangMs: number;
  /** The client's first backoff after a failed attempt (500 ms in production); doubles per attempt. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /**
   * wemalo's rate-limit window. wemalo sends no reset time, so Lagerbro sits out a whole window
   * after a 419 (60 s, a guess); the soak's wemalo counts in windows of this length and Lagerbro is told so.
   */
  wemaloWindowMs: number;
}

export const defaultSoakTiming: SoakTiming = { clientTimeoutMs: 400, hangMs: 1_500, backoffBaseMs: 25, backoffMaxMs: 400, wemaloWindowMs: 1_000 };

/**
 * The soak compresses waits that only cost wall time: a hung partner is given up after
 * `clientTimeoutMs`, retries back off from `backoffBaseMs`, and Lagerbro's own per-connection
 * call budgets are lifted (as bench:pipeline does), and wemalo's unannounced window is short.
 * Rate limits still wait what the partner's Retry-After and rate-limit headers say. Returns the function that puts everything back.
 */
export function compressWaits(timing: SoakTiming): () => void {
  const retry = { ...defaultRetryOptions };
  Object.assign(defaultRetryOptions, { baseDelayMs: timing.backoffBaseMs, maxDelayMs: timing.backoffMaxMs });
  const saved = listConnectors().map((c) => ({ c, timeoutMs: c.timeoutMs, callBudget: c.callBudget, rateLimitPolicy: c.rateLimitPolicy }));
  for (const { c } of saved) {
    Object.assign(c, { timeoutMs: timing.clientTimeoutMs, callBudget: undefined });
    if (c.id === "wemalo") c.rateLimitPolicy = createWemaloRateLimitPolicy(timing.wemaloWindowMs);
  }
  return () => {
    Object.assign(defaultRetryOptions, retry);
    for (const { c, timeoutMs, callBudget, rateLimitPolicy } of saved) Object.assign(c, { timeoutMs, callBudget, rateLimitPolicy });
  };
}
