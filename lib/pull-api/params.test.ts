import { describe, expect, it } from "vitest";
import { countryIso3, countryName } from "./country";
import { PullApiError } from "./errors";
import { formatMoney, lineTotal, localeOf } from "./format";
import { isCalendarDate, parseListQuery } from "./params";

const query = (q: string) => parseListQuery(new URL(`http://x/orders${q}`));
const refusal = (q: string) => {
  try {
    query(q);
  } catch (error) {
    return error instanceof PullApiError ? { status: error.status, parameter: error.parameter } : error;
  }
  return null;
};

describe("Pull API parameters", () => {
  it("takes real calendar days only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-04-31")).toBe(false);
    expect(isCalendarDate("2026-1-01")).toBe(false);
    expect(isCalendarDate("2026-01-01T00:00")).toBe(false);
  });

  it("defaults paging and names the bad parameter", () => {
    expect(query("")).toEqual({ page: 1, per_page: 25 });
    expect(query("?from=2026-01-01&to=2026-01-01&page=3&per_page=100&other=x")).toEqual({ from: "2026-01-01", to: "2026-01-01", page: 3, per_page: 100 });
    expect(refusal("?from=yesterday")).toEqual({ status: 400, parameter: "from" });
    expect(refusal("?from=2026-01-02&to=2026-01-01")).toEqual({ status: 400, parameter: "to" });
    expect(refusal("?per_page=0")).toEqual({ status: 400, parameter: "per_page" });
    expect(refusal("?page=-1")).toEqual({ status: 400, parameter: "page" });
    expect(refusal("?page=1.5")).toEqual({ status: 400, parameter: "page" });
  });
});

describe("Pull API formatting", () => {
  it("writes countries as ISO-3 and in words", () => {
    expect(countryIso3("SE")).toBe("SWE");
    expect(countryIso3("DE")).toBe("DEU");
    expect(countryIso3("ZZ")).toBeNull();
    expect(countryName("SE", "sv-SE")).toBe("Sverige");
  });

  it("formats money in the customer's language and multiplies lines exactly", () => {
    expect(formatMoney("1234.5", "SEK", "sv-SE").replace(/\s/g, " ")).toBe("1 234,50 kr");
    expect(localeOf("not a locale!")).toBe("sv-SE");
    expect(localeOf("de")).toBe("de");
    expect(lineTotal("19.99", 3, "EUR")).toBe("59.97");
    expect(lineTotal("0.10", 3, "EUR")).toBe("0.30");
  });
});
