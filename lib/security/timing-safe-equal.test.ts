import { describe, expect, it } from "vitest";
import { timingSafeEqual } from "./timing-safe-equal";

describe("timingSafeEqual", () => {
  it("is true only for identical strings", () => {
    expect(timingSafeEqual("s3cret-token", "s3cret-token")).toBe(true);
    expect(timingSafeEqual("s3cret-token", "s3cret-tokeN")).toBe(false);
    expect(timingSafeEqual("", "")).toBe(true);
  });

  it("answers false for different lengths instead of throwing", () => {
    expect(timingSafeEqual("short", "shorter")).toBe(false);
    expect(timingSafeEqual("", "x")).toBe(false);
  });

  it("compares by UTF-8 bytes, not by JavaScript characters", () => {
    expect(timingSafeEqual("Grüße-Å", "Grüße-Å")).toBe(true);
    expect(timingSafeEqual("Grüße-Å", "Grüsse-A")).toBe(false);
    expect(timingSafeEqual("e\u0301", "\u00e9")).toBe(false);
  });
});
