import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";
import { hasFilter, ordersFilterParams, parseOrdersFilter } from "./filters";
import { orderActionsFor } from "./order-actions";

const link = "3f2b8f5e-8c1d-4a8e-9a55-0b5b8a6f2c11";

describe("parseOrdersFilter", () => {
  it("keeps what makes sense and drops the rest", () => {
    expect(parseOrdersFilter({ status: "shipped", link, from: "2026-11-01", to: "2026-11-30", q: "  Lind " })).toEqual({ status: "shipped", linkId: link, from: "2026-11-01", to: "2026-11-30", q: "Lind" });
    expect(parseOrdersFilter({ status: "lost", link: "'; drop table orders", from: "yesterday", to: "2026-13-45", q: "" })).toEqual({});
    expect(parseOrdersFilter({ status: ["exception", "shipped"] })).toEqual({ status: "exception" });
    expect(parseOrdersFilter({ q: "x".repeat(300) }).q).toHaveLength(100);
  });

  it("round-trips through the URL", () => {
    const filter = { status: "exception" as const, linkId: link, q: "A-1" };
    const params = ordersFilterParams(filter, { after: "abc" });
    expect(params.get("after")).toBe("abc");
    expect(parseOrdersFilter(Object.fromEntries(params))).toEqual(filter);
    expect(hasFilter({})).toBe(false);
    expect(hasFilter(filter)).toBe(true);
  });
});

describe("cursor", () => {
  it("keeps microseconds and refuses what it did not make", () => {
    const cursor = { at: "2026-11-10 12:00:00.123456+00", id: link };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("bm9wZQ")).toBeUndefined();
    expect(decodeCursor(Buffer.from(JSON.stringify(["not a date", link])).toString("base64url"))).toBeUndefined();
    expect(decodeCursor(Buffer.from(JSON.stringify(["2026-11-10", "1 or 1=1"])).toString("base64url"))).toBeUndefined();
  });
});

describe("orderActionsFor", () => {
  it("offers retry on a problem, resend while waiting, cancel until shipped", () => {
    expect(orderActionsFor("exception")).toEqual({ retry: true, resend: false, cancel: true });
    expect(orderActionsFor("received")).toEqual({ retry: false, resend: true, cancel: true });
    expect(orderActionsFor("picking")).toEqual({ retry: false, resend: false, cancel: true });
    expect(orderActionsFor("shipped")).toEqual({ retry: false, resend: false, cancel: false });
  });
});
