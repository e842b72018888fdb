import { describe, expect, it } from "vitest";
import { formatAgo, formatDuration, formatMoney } from "./index";

describe("format", () => {
  it("durations", () => {
    expect(formatDuration(1250)).toBe("1.3 s");
    expect(formatDuration(95_000)).toBe("1 min 35 s");
    expect(formatDuration(7_260_000)).toBe("2 h 1 min");
  });
  it("ago", () => {
    const now = new Date("2026-11-10T12:00:00Z");
    expect(formatAgo(null, now)).toBe("never");
    expect(formatAgo(new Date("2026-11-10T11:57:00Z"), now)).toBe("3 min ago");
    expect(formatAgo(new Date("2026-11-09T11:00:00Z"), now)).toBe("yesterday");
  });
  it("money", () => {
    expect(formatMoney("24.89", "EUR")).toBe("€24.89");
    expect(formatMoney(null, "EUR")).toBe("—");
  });
});
