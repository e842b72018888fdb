/**
 * wemalo answers `x-wemalo-limit-maxcall` and `x-wemalo-limit-remainingcall` and signals an
 * exceeded limit with status 419 [M2] (`waitLimitCall`, `cancelLimit`; the meaning of 419 is not
 * confirmed by wemalo's docs). The window size and budget are not documented; the defaults
 * (120 calls per 60 s) are guessed. There is no reset or Retry-After header.
 */
export interface RateLimitOptions {
  maxCalls: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { maxCalls: 120, windowMs: 60_000 };

export class RateLimiter {
  private windows = new Map<string, { start: number; used: number }>();

  constructor(public options: RateLimitOptions) {}

  /** Counts one call; returns the remaining budget, negative when the call is over the limit. */
  take(key: string, nowMs: number): number {
    let window = this.windows.get(key);
    if (!window || nowMs - window.start >= this.options.windowMs) {
      window = { start: nowMs, used: 0 };
      this.windows.set(key, window);
    }
    window.used += 1;
    return this.options.maxCalls - window.used;
  }

  /** Uses up the rest of the window, as a burst of other traffic on the same key would. */
  exhaust(key: string, nowMs: number): void {
    this.windows.set(key, { start: nowMs, used: this.options.maxCalls });
  }

  reset(): void {
    this.windows.clear();
  }

  headers(remaining: number): Record<string, string> {
    return {
      "x-wemalo-limit-maxcall": String(this.options.maxCalls),
      "x-wemalo-limit-remainingcall": String(Math.max(0, remaining)),
    };
  }
}
