import type { SimClock } from "./clock";

export interface WindowConfig {
  limit: number;
  periodSeconds: number;
}

export interface RateLimitConfig {
  short: WindowConfig;
  long: WindowConfig;
  route: WindowConfig;
}

// Short and long: values observed in one tenant (fact sheet §6, [P8], unconfirmed as general).
// Route: plentymarkets sends X-Plenty-Route-* but its values were not captured; 100 / 60 s is
// our guess.
export const defaultRateLimits: RateLimitConfig = {
  short: { limit: 200, periodSeconds: 20 },
  long: { limit: 166_000, periodSeconds: 28_800 },
  route: { limit: 100, periodSeconds: 60 },
};

class FixedWindow {
  private used = 0;
  private resetAtMs = 0;

  constructor(private readonly config: WindowConfig) {}

  private roll(nowMs: number): void {
    if (nowMs >= this.resetAtMs) {
      this.used = 0;
      this.resetAtMs = nowMs + this.config.periodSeconds * 1000;
    }
  }

  exhausted(nowMs: number): boolean {
    this.roll(nowMs);
    return this.used >= this.config.limit;
  }

  take(nowMs: number): void {
    this.roll(nowMs);
    this.used += 1;
  }

  /** Limit, Calls-Left and Decay (seconds until the window resets) as header values. */
  snapshot(nowMs: number) {
    this.roll(nowMs);
    return {
      limit: String(this.config.limit),
      left: String(Math.max(0, this.config.limit - this.used)),
      decay: String(Math.max(0, Math.ceil((this.resetAtMs - nowMs) / 1000))),
    };
  }
}

export interface RateDecision {
  allowed: boolean;
  headers: Headers;
}

/**
 * plentymarkets' limits: a global short and long window for the whole system and one window
 * per route. Every answer carries the X-Plenty-* headers (names: fact sheet §6, [P4], [P11]);
 * going over answers 429.
 */
export class RateLimiter {
  private readonly short: FixedWindow;
  private readonly long: FixedWindow;
  private readonly routes = new Map<string, FixedWindow>();

  constructor(
    private readonly clock: SimClock,
    private readonly config: RateLimitConfig = defaultRateLimits,
  ) {
    this.short = new FixedWindow(config.short);
    this.long = new FixedWindow(config.long);
  }

  private route(key: string): FixedWindow {
    let w = this.routes.get(key);
    if (!w) {
      w = new FixedWindow(this.config.route);
      this.routes.set(key, w);
    }
    return w;
  }

  /** Counts one call on `routeKey` unless a window is used up. */
  consume(routeKey: string): RateDecision {
    const now = this.clock.nowMs();
    const route = this.route(routeKey);
    const allowed = !this.short.exhausted(now) && !this.long.exhausted(now) && !route.exhausted(now);
    if (allowed) {
      this.short.take(now);
      this.long.take(now);
      route.take(now);
    }
    return { allowed, headers: this.headers(routeKey) };
  }

  /** Headers for an injected 429 burst: the short window reads as empty for `decaySeconds`. */
  burstHeaders(routeKey: string, decaySeconds: number): Headers {
    const h = this.headers(routeKey);
    h.set("X-Plenty-Global-Short-Period-Calls-Left", "0");
    h.set("X-Plenty-Global-Short-Period-Decay", String(decaySeconds));
    return h;
  }

  headers(routeKey: string): Headers {
    const now = this.clock.nowMs();
    const h = new Headers();
    const put = (prefix: string, s: { limit: string; left: string; decay: string }) => {
      h.set(`${prefix}-Limit`, s.limit);
      h.set(`${prefix}-Calls-Left`, s.left);
      h.set(`${prefix}-Decay`, s.decay);
    };
    put("X-Plenty-Global-Short-Period", this.short.snapshot(now));
    put("X-Plenty-Global-Long-Period", this.long.snapshot(now));
    put("X-Plenty-Route", this.route(routeKey).snapshot(now));
    return h;
  }
}
