import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { asyncOutcomeOf, fuzzAsync } from "@/lib/testing/fuzz";
import { createHttpClient, type RetryOptions } from "./client";
import { createTestClock } from "./clock";
import { isPartnerError } from "./errors";
import { defaultRateLimitPolicy, MAX_ADVISED_WAIT_MS, plentymarketsRateLimitPolicy, wemaloRateLimitPolicy } from "./rate-limit";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const RETRY: RetryOptions = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 5_000, maxRateLimitRetries: 2, maxRateLimitWaitMs: 60_000 };
const policies = [defaultRateLimitPolicy, plentymarketsRateLimitPolicy, wemaloRateLimitPolicy()];
const schema = z.object({ id: z.number(), items: z.array(z.object({ sku: z.string() })) });

const headerValue = fc.oneof(oddText, fc.constantFrom("0", "1", "-1", "30", "1.5", "86400", "99999999999999999999", "1e308", "NaN", "Infinity", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 01 Jan 2100 00:00:00 GMT", ""));
const answer = fc.record({
  status: fc.constantFrom(200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 419, 422, 429, 500, 502, 503),
  body: fc.oneof(oddText, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constant('{"id":1,"items":[{"sku":"A"}]}'), fc.constant('{"status":419}'), fc.constant('{"id":1,"items":[')),
  headers: fc.dictionary(
    fc.constantFrom("retry-after", "content-type", "location", "X-Plenty-Global-Short-Period-Calls-Left", "X-Plenty-Global-Short-Period-Decay", "x-wemalo-limit-remainingcall"),
    headerValue,
    { maxKeys: 4 },
  ),
});

/** Whatever a partner answers (any status, body and rate-limit headers), the client ends in data or a PartnerError, and never sleeps without bound in-process. */
describe("HTTP client and response parsing under fuzzing", () => {
  it("any sequence of answers gives parsed data or a classified PartnerError, with bounded waits", async (ctx) => {
    await fuzzAsync(ctx, "http: response handling", fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 6 }), fc.constantFrom(...policies), fc.constantFrom("GET", "POST"), async (answers, policy, method) => {
      const clock = createTestClock();
      let i = 0;
      const fakeFetch: typeof fetch = async () => {
        const a = answers[Math.min(i++, answers.length - 1)]!;
        const headers = new Headers();
        for (const [k, v] of Object.entries(a.headers)) if (/^[\t\x20-\x7e\x80-\xff]*$/.test(v)) headers.set(k, v);
        return new Response([204, 304].includes(a.status) ? null : a.body, { status: a.status, headers });
      };
      const client = createHttpClient({ partner: "fuzzpartner", baseUrl: "http://partner.test/api", fetch: fakeFetch, clock, retry: RETRY, rateLimitPolicy: policy, random: () => 0.5, maxRedirects: 2 });
      const outcome = await asyncOutcomeOf(() => client.request({ method, path: "/orders/1", schema }));
      if (outcome.ok) {
        expect(schema.safeParse(outcome.value.data).success).toBe(true);
      } else {
        expect(isPartnerError(outcome.error), String((outcome.error as Error)?.stack ?? outcome.error)).toBe(true);
        const e = outcome.error as { message: string; retryAfterMs?: number };
        expect(e.message).toMatch(/fuzzpartner/);
        if (e.retryAfterMs !== undefined) expect(Number.isFinite(e.retryAfterMs), `retryAfterMs ${e.retryAfterMs}`).toBe(true);
      }
      for (const ms of clock.sleeps) {
        expect(Number.isFinite(ms), `slept ${ms} ms`).toBe(true);
        expect(ms, `slept ${ms} ms in-process`).toBeLessThanOrEqual(Math.max(RETRY.maxRateLimitWaitMs, RETRY.maxDelayMs));
      }
      expect(i).toBeLessThanOrEqual(RETRY.maxAttempts + RETRY.maxRateLimitRetries + 1 + 2 * 3);
    }), 400);
  });
});

describe("regressions found by fuzzing", () => {
  const respond = (...answers: Array<{ status: number; body: string; headers?: Record<string, string> }>) => {
    let i = 0;
    return (async () => {
      const a = answers[Math.min(i++, answers.length - 1)]!;
      return new Response(a.body, { status: a.status, headers: a.headers });
    }) as typeof fetch;
  };

  it("a 503 with Retry-After: 86400 is handed to the engine (retryAfterMs), not slept through in-process", async () => {
    const clock = createTestClock();
    const client = createHttpClient({ partner: "p", baseUrl: "http://partner.test", clock, retry: RETRY, fetch: respond({ status: 503, body: "{}", headers: { "retry-after": "86400" } }, { status: 200, body: '{"id":1,"items":[]}' }) });
    const outcome = await asyncOutcomeOf(() => client.get("/x", { schema }));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? null : outcome.error).toMatchObject({ kind: "transient", reason: "server_error", retryAfterMs: 86_400_000 });
    expect(clock.sleeps).toEqual([]);
  });

  it("a Decay of 1e308 seconds becomes a pause of at most a day, a finite retryAfterMs", async () => {
    const clock = createTestClock();
    const client = createHttpClient({
      partner: "p", baseUrl: "http://partner.test", clock, retry: RETRY, rateLimitPolicy: plentymarketsRateLimitPolicy,
      fetch: respond({ status: 200, body: '{"id":1,"items":[]}', headers: { "X-Plenty-Global-Short-Period-Calls-Left": "0", "X-Plenty-Global-Short-Period-Decay": "1e308" } }),
    });
    await client.get("/x", { schema });
    const next = await asyncOutcomeOf(() => client.get("/x", { schema }));
    expect(next.ok ? null : next.error).toMatchObject({ reason: "rate_limited", retryAfterMs: MAX_ADVISED_WAIT_MS });
  });
});
