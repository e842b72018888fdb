/**
 * How a partner says "slow down". The client asks the policy after every response:
 * - isRateLimited: this response refused the call; wait and repeat it.
 * - waitMs: how long to wait before the NEXT call (Retry-After, calls-left 0 until decay).
 *   On a normal response this is the proactive slow-down; undefined means no advice.
 */
export interface ResponseInfo {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or the text, or undefined when empty. */
  body: unknown;
}

export interface RateLimitPolicy {
  name: string;
  isRateLimited(res: ResponseInfo): boolean;
  waitMs(res: ResponseInfo, now: number): number | undefined;
}

/** No partner means a pause longer than a day; a bigger figure (Decay: 1e308) is garbage, and Infinity would not survive JSON. */
export const MAX_ADVISED_WAIT_MS = 24 * 60 * 60 * 1000;

/** Retry-After as seconds or an HTTP date → ms from now (at most a day). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.min(MAX_ADVISED_WAIT_MS, Math.round(Number(trimmed) * 1000));
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.min(MAX_ADVISED_WAIT_MS, Math.max(0, date - now));
}

function intHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** 429 with Retry-After; the fallback for partners without their own headers (Ongoing). */
export const defaultRateLimitPolicy: RateLimitPolicy = {
  name: "default",
  isRateLimited: (res) => res.status === 429,
  waitMs: (res, now) => parseRetryAfter(res.headers.get("retry-after"), now),
};

const plentyPrefixes = ["X-Plenty-Global-Short-Period", "X-Plenty-Global-Long-Period", "X-Plenty-Route"] as const;

/**
 * plentymarkets: `X-Plenty-{Global-Short-Period,Global-Long-Period,Route}-{Limit,Calls-Left,Decay}`,
 * Decay = seconds until that window resets; exceeding → 429. When any window has no calls
 * left, wait for the longest such Decay (partners/plentymarkets.md §6).
 */
export const plentymarketsRateLimitPolicy: RateLimitPolicy = {
  name: "plentymarkets",
  isRateLimited: (res) => res.status === 429,
  waitMs(res, now) {
    const retryAfter = parseRetryAfter(res.headers.get("retry-after"), now);
    let wait: number | undefined;
    for (const prefix of plentyPrefixes) {
      const left = intHeader(res.headers, `${prefix}-Calls-Left`);
      const decay = intHeader(res.headers, `${prefix}-Decay`);
      if (left !== undefined && left <= 0 && decay !== undefined) wait = Math.max(wait ?? 0, Math.min(MAX_ADVISED_WAIT_MS, Math.max(0, decay * 1000)));
    }
    if (retryAfter !== undefined) return Math.max(retryAfter, wait ?? 0);
    return wait;
  },
};

export interface WemaloPolicyOptions {
  /**
   * wemalo sends `x-wemalo-limit-maxcall` and `x-wemalo-limit-remainingcall` but no reset time
   * (partners/wemalo.md §7); how long to wait when remaining hits 0 is our guess.
   */
  windowMs?: number;
}

/**
 * wemalo: rate limit is HTTP 429, HTTP 419, or a 2xx body with `"status": 419` (its plugin
 * treats both as limited). Remaining calls ≤ 0 → wait a window.
 */
export function wemaloRateLimitPolicy(options: WemaloPolicyOptions = {}): RateLimitPolicy {
  const windowMs = options.windowMs ?? 60_000;
  return {
    name: "wemalo",
    isRateLimited(res) {
      if (res.status === 429 || res.status === 419) return true;
      const body = res.body;
      if (typeof body === "object" && body !== null && "status" in body) {
        const s = (body as { status: unknown }).status;
        return s === 419 || s === "419";
      }
      return false;
    },
    waitMs(res, now) {
      const retryAfter = parseRetryAfter(res.headers.get("retry-after"), now);
      if (retryAfter !== undefined) return retryAfter;
      const remaining = intHeader(res.headers, "x-wemalo-limit-remainingcall");
      if (remaining !== undefined && remaining <= 0) return windowMs;
      return undefined;
    },
  };
}
