import { describe, expect, it } from "vitest";
import { cronMatches, lastDueMinute } from "./cron";

const at = (iso: string) => new Date(iso);

describe("cronMatches", () => {
  it("reads steps, ranges, lists and plain numbers in UTC", () => {
    expect(cronMatches("*/5 * * * *", at("2026-03-02T08:10:30Z"))).toBe(true);
    expect(cronMatches("*/5 * * * *", at("2026-03-02T08:11:00Z"))).toBe(false);
    expect(cronMatches("15 2 * * *", at("2026-03-02T02:15:00Z"))).toBe(true);
    expect(cronMatches("15 2 * * *", at("2026-03-02T03:15:00Z"))).toBe(false);
    expect(cronMatches("0 9-17/4 * * 1-5", at("2026-03-02T13:00:00Z"))).toBe(true); // Monday
    expect(cronMatches("0 9-17/4 * * 1-5", at("2026-03-01T13:00:00Z"))).toBe(false); // Sunday
    expect(cronMatches("TZ=Europe/Berlin 0,30 * * * *", at("2026-03-02T08:30:00Z"))).toBe(true);
    expect(() => cronMatches("* * *", at("2026-03-02T08:30:00Z"))).toThrow(/five fields/);
  });
});

describe("lastDueMinute", () => {
  it("finds the latest firing after a long gap, or none", () => {
    expect(lastDueMinute("*/10 * * * *", at("2026-03-01T08:00:00Z"), at("2026-03-02T08:35:00Z"))?.toISOString()).toBe("2026-03-02T08:30:00.000Z");
    expect(lastDueMinute("0 2 * * *", at("2026-03-02T02:00:00Z"), at("2026-03-02T08:35:00Z"))).toBeUndefined();
  });
});
