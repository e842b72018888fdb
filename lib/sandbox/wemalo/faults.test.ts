import { afterEach, describe, expect, it } from "vitest";
import { startSimulator, type SimulatorHarness } from "./testing";

let h: SimulatorHarness;
afterEach(() => h.close());

describe("wemalo simulator: rate limit and faults", () => {
  it("sends the x-wemalo-limit headers and answers 419 when the budget is spent", async () => {
    h = await startSimulator({ rateLimit: { maxCalls: 3, windowMs: 300 } });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await h.call("GET", "/webhook");
      expect(res.headers.get("x-wemalo-limit-maxcall")).toBe("3");
      seen.push(res.headers.get("x-wemalo-limit-remainingcall")!);
    }
    expect(seen).toEqual(["2", "1", "0"]);
    const limited = await h.call("GET", "/webhook");
    expect(limited.status).toBe(419);
    expect(limited.body).toMatchObject({ Success: false, status: 419 });
    await new Promise((r) => setTimeout(r, 350));
    expect((await h.call("GET", "/webhook")).status).toBe(200);
  });

  it("turns a rate-limit fault into a burst of 419s", async () => {
    h = await startSimulator({ faults: { rateLimitRate: 1, rateLimitBurst: 2 } });
    expect((await h.call("GET", "/webhook")).status).toBe(419);
    h.sim.control.setFaults({ rateLimitRate: 0 });
    expect((await h.call("GET", "/webhook")).status).toBe(419); // rest of the burst
    h.sim.control.setRateLimit({}); // a new window
    expect((await h.call("GET", "/webhook")).status).toBe(200);
  });

  it("answers 500 for a server-error fault and garbage for a malformed one", async () => {
    h = await startSimulator({ faults: { serverErrorRate: 1 } });
    expect((await h.call("GET", "/webhook")).status).toBe(500);
    h.sim.control.setFaults({ serverErrorRate: 0, malformedRate: 1 });
    const cut = await h.call("GET", "/webhook");
    expect(cut.status).toBe(200);
    expect(typeof cut.body).toBe("string");
    expect((await h.call("GET", "/webhook")).body).toEqual(["maintenance"]);
  });

  it("hangs on a timeout fault", async () => {
    h = await startSimulator({ faults: { timeoutRate: 1 }, hangMs: 5_000 });
    const started = Date.now();
    await expect(fetch(`${h.api}/webhook`, { headers: { authorization: "JWT sandbox-wemalo-rest-key" }, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("adds latency", async () => {
    h = await startSimulator({ faults: { latencyMs: 120 } });
    const started = Date.now();
    await h.call("GET", "/webhook");
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("expires keys and accepts a newly issued one", async () => {
    h = await startSimulator();
    h.sim.control.setFaults({ expireTokens: true });
    const expired = await h.call("GET", "/webhook");
    expect(expired.status).toBe(401);
    expect(expired.body.message).toBe("jwt expired");
    h.sim.control.setFaults({ expireTokens: false });
    expect((await h.call("GET", "/webhook")).status).toBe(401);
    const fresh = h.sim.control.issueToken("sandbox-shop");
    expect(fresh.split(".")).toHaveLength(3);
    expect((await h.call("GET", "/product/shop", undefined, fresh)).body.shop).toBe("sandbox-shop");
  });

  it("keeps shops apart", async () => {
    h = await startSimulator({ tokens: [{ token: "key-a", shop: "shop-a" }, { token: "key-b", shop: "shop-b" }] });
    await h.call("POST", "/product/add", { externalId: "P-1", sku: "SKU-1", name: "Tasse", productGroup: "g" }, "key-a");
    expect((await h.call("GET", "/product/get/P-1", undefined, "key-a")).status).toBe(200);
    expect((await h.call("GET", "/product/get/P-1", undefined, "key-b")).status).toBe(400);
  });
});
