import type { Clock } from "./types";

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("aborted", "AbortError");
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal!));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  },
};

export interface TestClock extends Clock {
  /** Every sleep requested, in order, in ms. */
  readonly sleeps: number[];
  advance(ms: number): void;
}

/** A clock whose sleep returns at once and moves virtual time on: tests see the waits, never wait. */
export function createTestClock(start = Date.parse("2025-01-01T00:00:00Z")): TestClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async sleep(ms, signal) {
      if (signal?.aborted) throw abortReason(signal);
      sleeps.push(ms);
      if (ms > 0) now += ms;
    },
  };
}
