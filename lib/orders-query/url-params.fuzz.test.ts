import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { orderStatus } from "@/db/schema";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { decodeCursor, encodeCursor } from "./cursor";
import { parseOrdersFilter, type SearchParams } from "./filters";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/** A real calendar day: what the list query turns into a time range. */
function isRealDay(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

const KEYS = ["status", "link", "from", "to", "q", "cursor"];
const value = fc.oneof(oddText, fc.constantFrom(...orderStatus.enumValues, "2026-01-05", "2026-02-30", "2026-04-31", "0000-00-00", crypto.randomUUID()));
const params: fc.Arbitrary<SearchParams> = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 5 })), fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)));

describe("orders list URL under fuzzing", () => {
  it("any search params give a filter of valid values only (a value that makes no sense is dropped)", (ctx) => {
    fuzz(ctx, "orders list: URL filter", fc.property(params, (p) => {
      const outcome = outcomeOf(() => parseOrdersFilter(p));
      expect(outcome.ok, outcome.ok ? "" : String(outcome.error)).toBe(true);
      if (!outcome.ok) return;
      const f = outcome.value;
      if (f.status) expect(orderStatus.enumValues).toContain(f.status);
      if (f.linkId) expect(f.linkId).toMatch(/^[0-9a-f-]{36}$/i);
      for (const d of [f.from, f.to]) if (d !== undefined) expect(isRealDay(d), d).toBe(true);
      if (f.q !== undefined) expect(f.q.length).toBeLessThanOrEqual(100);
    }), 600);
  });

  it("regression: 2026-02-30 is dropped, not read as 2 March", () => {
    expect(parseOrdersFilter({ from: "2026-02-30", to: "2026-04-31" })).toEqual({});
    expect(parseOrdersFilter({ from: "2024-02-29" })).toEqual({ from: "2024-02-29" });
  });

  it("a tampered cursor is ignored, a real one round-trips", (ctx) => {
    const real = fc.record({ at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), id: fc.uuid() });
    fuzz(ctx, "orders list: page cursor", fc.property(fc.oneof(oddText, real.map(encodeCursor).map((c) => c.slice(0, -2)), fc.string({ maxLength: 80 }).map((s) => Buffer.from(s).toString("base64url"))), real, (tampered, cursor) => {
      const outcome = outcomeOf(() => decodeCursor(tampered));
      expect(outcome.ok).toBe(true);
      const decoded = outcome.ok ? outcome.value : undefined;
      if (decoded) expect(Number.isNaN(Date.parse(decoded.at))).toBe(false);
      expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    }), 500);
  });
});
