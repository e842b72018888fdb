import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { PullApiError } from "./errors";
import { isCalendarDate, MAX_PER_PAGE, parseListQuery, parsePathParam } from "./params";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const PARAMS = ["from", "to", "page", "per_page"] as const;
const value = fc.oneof(oddText, fc.constantFrom("2026-01-05", "2026-02-29", "2024-02-29", "2026-13-01", "1", "0", "100", "101", "999999", "-1", "1.5", "01", "%00", "+1"));
const day = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function urlWith(query: Array<[string, string]>): URL {
  const url = new URL("https://app.example/api/pull/v1/orders");
  for (const [k, v] of query) url.searchParams.append(k, v);
  return url;
}

describe("Pull API query parsing under fuzzing", () => {
  it("any query string gives a valid query, or a 400 naming the parameter", (ctx) => {
    const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 6 })), value), { maxLength: 6 });
    fuzz(ctx, "pull api: list query", fc.property(query, (pairs) => {
      const outcome = outcomeOf(() => parseListQuery(urlWith(pairs)));
      if (!outcome.ok) {
        expect(outcome.error).toBeInstanceOf(PullApiError);
        const error = outcome.error as PullApiError;
        expect(error.status).toBe(400);
        expect(PARAMS).toContain(error.parameter);
        expect(error.message.startsWith(error.parameter!)).toBe(true);
        return;
      }
      const q = outcome.value;
      expect(q.page).toBeGreaterThanOrEqual(1);
      expect(q.per_page).toBeGreaterThanOrEqual(1);
      expect(q.per_page).toBeLessThanOrEqual(MAX_PER_PAGE);
      for (const d of [q.from, q.to]) if (d !== undefined) expect(isCalendarDate(d)).toBe(true);
      if (q.from && q.to) expect(q.from <= q.to).toBe(true);
    }), 800);
  });

  it("valid parameters round-trip", (ctx) => {
    fuzz(ctx, "pull api: list query", fc.property(day, day, fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: MAX_PER_PAGE }), (a, b, page, perPage) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const q = parseListQuery(urlWith([["from", from], ["to", to], ["page", String(page)], ["per_page", String(perPage)]]));
      expect(q).toEqual({ from, to, page, per_page: perPage });
    }), 300);
  });

  it("a path parameter is 1 to 100 characters after trimming, or a 400 naming it", (ctx) => {
    fuzz(ctx, "pull api: path parameter", fc.property(fc.option(oddText, { nil: undefined }), (raw) => {
      const outcome = outcomeOf(() => parsePathParam(raw, "order_number"));
      if (outcome.ok) {
        expect(outcome.value).toBe(raw!.trim());
        expect(outcome.value.length).toBeGreaterThanOrEqual(1);
        expect(outcome.value.length).toBeLessThanOrEqual(100);
      } else {
        expect(outcome.error).toMatchObject({ name: "PullApiError", code: "invalid_parameter", parameter: "order_number" });
      }
    }), 400);
  });
});
