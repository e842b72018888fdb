import { describe, expect, it } from "vitest";
import { fromMinorUnits, moneyFromNumber, moneySchema, moneyToNumber, toMinorUnits } from "./money";

describe("money", () => {
  it("accepts decimal strings and refuses numbers-as-text that are not money", () => {
    expect(moneySchema.safeParse("19.99").success).toBe(true);
    expect(moneySchema.safeParse("-5").success).toBe(true);
    expect(moneySchema.safeParse("1e3").success).toBe(false);
    expect(moneySchema.safeParse("19,99").success).toBe(false);
    expect(moneySchema.safeParse(19.99).success).toBe(false);
  });

  it("converts to minor units exactly (no float error)", () => {
    expect(toMinorUnits("19.99", "EUR")).toBe(1999);
    expect(toMinorUnits("0.29", "EUR")).toBe(29);
    expect(toMinorUnits("1.005", "EUR")).toBe(101);
    expect(toMinorUnits("-4.9", "SEK")).toBe(-490);
    expect(toMinorUnits("1500", "JPY")).toBe(1500);
    expect(toMinorUnits("1.2345", "KWD")).toBe(1235);
  });

  it("converts back from minor units", () => {
    expect(fromMinorUnits(1999, "EUR")).toBe("19.99");
    expect(fromMinorUnits(5, "EUR")).toBe("0.05");
    expect(fromMinorUnits(-490, "SEK")).toBe("-4.90");
    expect(fromMinorUnits(1500, "JPY")).toBe("1500");
    expect(() => fromMinorUnits(1.5, "EUR")).toThrow(/integer/);
  });

  it("normalises partner decimals", () => {
    expect(moneyFromNumber(19.99, "EUR")).toBe("19.99");
    expect(moneyFromNumber(4.9, "EUR")).toBe("4.90");
    expect(moneyFromNumber(0.1 + 0.2, "EUR")).toBe("0.30");
    expect(moneyToNumber("49.97")).toBe(49.97);
  });
});
