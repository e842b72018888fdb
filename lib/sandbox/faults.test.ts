import { describe, expect, it } from "vitest";
import { FaultInjector, noFaults, seededRandom } from "./faults";

describe("fault dice", () => {
  it("count what they hand out by kind, each refused request of a rate-limit burst included", () => {
    const dice = new FaultInjector({ ...noFaults, rateLimitRate: 1, rateLimitBurst: 3 }, () => 0);
    expect([dice.roll(), dice.roll(), dice.roll()]).toEqual(["rate-limit", "rate-limit", "rate-limit"]);
    dice.set({ rateLimitRate: 0, serverErrorRate: 1 });
    expect(dice.roll()).toBe("server-error");
    expect(dice.injected).toEqual({ timeout: 0, "server-error": 1, "rate-limit": 3, malformed: 0, "expired-token": 0 });
  });

  it("expire a token only on a request that carries one; a login passes, uncounted", () => {
    const dice = new FaultInjector({ ...noFaults, expiredTokenRate: 1 }, () => 0.5);
    expect(dice.roll()).toBe("none");
    expect(dice.roll({ withToken: true })).toBe("expired-token");
    expect(dice.injected["expired-token"]).toBe(1);
  });

  it("split one seeded stream over the kinds in proportion to their rates", () => {
    const dice = new FaultInjector({ ...noFaults, serverErrorRate: 0.1, malformedRate: 0.1, timeoutRate: 0.1, expiredTokenRate: 0.1 }, seededRandom(7));
    for (let i = 0; i < 10_000; i++) dice.roll({ withToken: true });
    for (const kind of ["server-error", "malformed", "timeout", "expired-token"] as const) {
      expect(dice.injected[kind]).toBeGreaterThan(850);
      expect(dice.injected[kind]).toBeLessThan(1150);
    }
    expect(dice.injected["rate-limit"]).toBe(0);
  });
});
