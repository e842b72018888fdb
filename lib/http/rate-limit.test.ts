import { describe, expect, it } from "vitest";
import { defaultRateLimitPolicy, parseRetryAfter, plentymarketsRateLimitPolicy, wemaloRateLimitPolicy } from "./rate-limit";

const now = Date.parse("2025-01-01T00:00:00Z");
const res = (status: number, headers: Record<string, string> = {}, body?: unknown) => ({ status, headers: new Headers(headers), body });

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("policies", () => {
  it("default: 429 only, Retry-After", () => {
    expect(defaultRateLimitPolicy.isRateLimited(res(429))).toBe(true);
    expect(defaultRateLimitPolicy.isRateLimited(res(503))).toBe(false);
    expect(defaultRateLimitPolicy.waitMs(res(429, { "Retry-After": "2" }), now)).toBe(2000);
  });

  it("plentymarkets: longest decay among exhausted windows, no advice while calls are left", () => {
    const p = plentymarketsRateLimitPolicy;
    expect(p.waitMs(res(200, { "X-Plenty-Global-Short-Period-Calls-Left": "5", "X-Plenty-Global-Short-Period-Decay": "10" }), now)).toBeUndefined();
    expect(
      p.waitMs(res(429, {
        "X-Plenty-Global-Short-Period-Calls-Left": "0", "X-Plenty-Global-Short-Period-Decay": "10",
        "X-Plenty-Route-Calls-Left": "0", "X-Plenty-Route-Decay": "25",
      }), now),
    ).toBe(25_000);
  });

  it("wemalo: 419 status or body, remaining 0 waits a window", () => {
    const p = wemaloRateLimitPolicy({ windowMs: 30_000 });
    expect(p.isRateLimited(res(419))).toBe(true);
    expect(p.isRateLimited(res(200, {}, { status: "419" }))).toBe(true);
    expect(p.isRateLimited(res(200, {}, { status: 200, Success: true }))).toBe(false);
    expect(p.waitMs(res(200, { "x-wemalo-limit-remainingcall": "0", "x-wemalo-limit-maxcall": "100" }), now)).toBe(30_000);
    expect(p.waitMs(res(200, { "x-wemalo-limit-remainingcall": "3" }), now)).toBeUndefined();
  });
});
