import { afterEach, describe, expect, it } from "vitest";
import { startSimulator } from "./testing";

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
afterEach(async () => sim?.close());

const headerNames = ["Limit", "Calls-Left", "Decay"].flatMap((s) => [
  `x-plenty-global-short-period-${s}`,
  `x-plenty-global-long-period-${s}`,
  `x-plenty-route-${s}`,
].map((h) => h.toLowerCase()));

describe("plentymarkets simulator: rate limits and faults", () => {
  it("sends the X-Plenty-* headers on every answer, errors included", async () => {
    sim = await startSimulator();
    const { res } = await sim.login();
    const unauthorized = await sim.call("GET", "/rest/orders", "nope");
    for (const r of [res, unauthorized]) for (const h of headerNames) expect(r.headers.get(h), h).not.toBeNull();
    expect(Number(res.headers.get("x-plenty-global-short-period-calls-left"))).toBe(199);
    expect(Number(unauthorized.headers.get("x-plenty-global-short-period-calls-left"))).toBe(198);
  });

  it("answers 429 once the short window is used up, and again 200 after its decay", async () => {
    sim = await startSimulator({ rateLimits: { short: { limit: 3, periodSeconds: 10 } } });
    const access = await sim.token();
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(200);
    const last = await sim.call("GET", "/rest/orders", access);
    expect(last.headers.get("x-plenty-global-short-period-calls-left")).toBe("0");
    const refused = await sim.call("GET", "/rest/orders", access);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("x-plenty-global-short-period-decay")).toBe("10");
    sim.control.advanceTime(10_000);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(200);
  });

  it("limits each route on its own", async () => {
    sim = await startSimulator({ rateLimits: { route: { limit: 2, periodSeconds: 60 } } });
    const access = await sim.token();
    await sim.call("GET", "/rest/orders", access);
    await sim.call("GET", "/rest/orders", access);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(429);
    expect((await sim.call("GET", "/rest/orders/statuses", access)).status).toBe(200);
  });

  it("injects a burst of 429s with a Decay to wait", async () => {
    sim = await startSimulator({ burstDecaySeconds: 2 });
    const access = await sim.token();
    sim.control.setFaults({ rateLimitRate: 1, rateLimitBurst: 2 });
    const first = await sim.call("GET", "/rest/orders", access);
    sim.control.setFaults({ rateLimitRate: 0 });
    const second = await sim.call("GET", "/rest/orders", access);
    const third = await sim.call("GET", "/rest/orders", access);
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers.get("x-plenty-global-short-period-decay")).toBe("2");
  });

  it("injects 5xx and malformed bodies", async () => {
    sim = await startSimulator();
    sim.control.createOrder();
    const access = await sim.token();
    sim.control.setFaults({ serverErrorRate: 1 });
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(500);
    sim.control.setFaults({ serverErrorRate: 0, malformedRate: 1 });
    const broken = await sim.call("GET", "/rest/orders", access);
    expect(broken.status).toBe(200);
    await expect(broken.clone().json()).rejects.toThrow();
    expect(await broken.text()).toMatch(/^\{"page":1/);
  });

  it("adds latency", async () => {
    sim = await startSimulator();
    const access = await sim.token();
    sim.control.setFaults({ latencyMs: 120 });
    const started = Date.now();
    await sim.call("GET", "/rest/orders", access);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("logs every answered request for call counting", async () => {
    sim = await startSimulator();
    const access = await sim.token();
    await sim.call("GET", "/rest/orders", access);
    expect(sim.control.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      "POST /rest/login 200",
      "GET /rest/orders 200",
    ]);
  });
});
