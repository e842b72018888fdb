import { realClock } from "./clock";
import { PartnerError } from "./errors";
import type { Clock } from "./types";

/** Calls one connection may make; the client takes one token before every attempt. */
export interface CallBudget {
  take(signal?: AbortSignal): Promise<void>;
}

export interface CallBudgetOptions {
  /** At most this many calls... */
  maxCalls: number;
  /** ...per this window, refilled evenly (token bucket). */
  windowMs: number;
  /** "wait" sleeps until a call is free (up to maxWaitMs); "throw" fails at once. */
  onExceeded?: "wait" | "throw";
  /** Longest a caller waits before getting a transient error instead. Default: windowMs. */
  maxWaitMs?: number;
  partner?: string;
  clock?: Clock;
}

export function createCallBudget(options: CallBudgetOptions): CallBudget {
  if (options.maxCalls <= 0 || options.windowMs <= 0) throw new Error("call budget needs maxCalls > 0 and windowMs > 0");
  const clock = options.clock ?? realClock;
  const ratePerMs = options.maxCalls / options.windowMs;
  const maxWaitMs = options.maxWaitMs ?? options.windowMs;
  let tokens = options.maxCalls;
  let last = clock.now();

  return {
    async take(signal) {
      const now = clock.now();
      tokens = Math.min(options.maxCalls, tokens + (now - last) * ratePerMs);
      last = now;
      // Reserve first, possibly going negative: concurrent callers queue behind each other.
      tokens -= 1;
      if (tokens >= 0) return;
      const waitMs = Math.ceil(-tokens / ratePerMs);
      if (options.onExceeded === "throw" || waitMs > maxWaitMs) {
        tokens += 1;
        throw new PartnerError({
          kind: "transient",
          reason: "budget_exhausted",
          partner: options.partner ?? "partner",
          message: `call budget of ${options.maxCalls} calls per ${options.windowMs}ms used up; next call in ${waitMs}ms`,
          retryAfterMs: waitMs,
        });
      }
      await clock.sleep(waitMs, signal);
    },
  };
}

const shared = new Map<string, CallBudget>();

/**
 * One budget per key (a connection id) for this process, so several clients built for the same
 * connection share it. Options apply when the key is first seen.
 */
export function sharedCallBudget(key: string, options: CallBudgetOptions): CallBudget {
  let budget = shared.get(key);
  if (!budget) {
    budget = createCallBudget(options);
    shared.set(key, budget);
  }
  return budget;
}
