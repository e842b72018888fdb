import { describe, expect, it } from "vitest";
import { plentymarketsConnector } from "./index";
import { harnessPerTest, partnerFailure } from "./testing";

const start = harnessPerTest();
const source = plentymarketsConnector.source!;
const day = 86_400_000;

describe("plentymarkets connector against a difficult server", () => {
  it("refreshes an expired token after a 401 and repeats the call once", async () => {
    const h = await start();
    h.sim.control.createOrder();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.clearRequests();
    h.sim.control.advanceTime(day + 1000);
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
    expect(h.calls()).toEqual(["GET /rest/orders 401", "POST /rest/login/refresh 200", "GET /rest/orders 200"]);
  });

  it("logs in again when the refresh token is no longer accepted either", async () => {
    const h = await start();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.clearRequests();
    h.sim.control.advanceTime(31 * day);
    await source.listReadyOrders(h.ctx, { cursor: null });
    expect(h.calls()).toEqual([
      "GET /rest/orders 401",
      "POST /rest/login/refresh 401",
      "POST /rest/login 200",
      "GET /rest/orders 200",
    ]);
  });

  it("survives the expired-tokens switch", async () => {
    const h = await start();
    h.sim.control.createOrder();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.setFaults({ expireTokens: true });
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
  });

  it("turns credentials changed at plentymarkets into needs_merchant", async () => {
    const h = await start();
    await source.listReadyOrders(h.ctx, { cursor: null });
    const other = h.contextFor({ password: "changed-at-plenty" });
    const error = await partnerFailure(source.listReadyOrders(other, { cursor: null }));
    expect(error.kind).toBe("needs_merchant");
  });

  it("waits out a used-up short window (Decay) and finishes the listing", async () => {
    const h = await start({ rateLimits: { short: { limit: 3, periodSeconds: 20 } } });
    h.sim.control.createOrders(5);
    const page = await source.listReadyOrders(h.ctx, { cursor: null, limit: 2 });
    const second = await source.listReadyOrders(h.ctx, { cursor: page.nextCursor, limit: 2 });
    const third = await source.listReadyOrders(h.ctx, { cursor: second.nextCursor, limit: 2 });
    expect([...page.items, ...second.items, ...third.items]).toHaveLength(5);
    expect(h.clock.sleeps.some((ms) => ms >= 19_000 && ms <= 20_000)).toBe(true);
    expect(h.calls().filter((c) => c.endsWith(" 429"))).toEqual([]);
  });

  it("waits out an injected burst of 429s", async () => {
    const h = await start({ burstDecaySeconds: 3 });
    h.sim.control.createOrder();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.setFaults({ rateLimitRate: 1, rateLimitBurst: 2 });
    let n = 0;
    // The first refused call starts the burst; then no new bursts start.
    h.beforeRequest.hook = () => {
      if (++n === 2) h.sim.control.setFaults({ rateLimitRate: 0 });
    };
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
    expect(h.calls().slice(-3)).toEqual(["GET /rest/orders 429", "GET /rest/orders 429", "GET /rest/orders 200"]);
    expect(h.clock.sleeps.filter((ms) => ms === 3000)).toHaveLength(2);
  });

  it("retries a 5xx on a read", async () => {
    const h = await start();
    h.sim.control.createOrder();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.setFaults({ serverErrorRate: 1 });
    let n = 0;
    h.beforeRequest.hook = () => {
      if (++n === 2) h.sim.control.setFaults({ serverErrorRate: 0 });
    };
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
  });

  it("turns a malformed answer into a classified PartnerError, not a crash", async () => {
    const h = await start();
    h.sim.control.createOrder();
    await source.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.setFaults({ malformedRate: 1 });
    const error = await partnerFailure(source.listReadyOrders(h.ctx, { cursor: null }));
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", partner: "plentymarkets" });
    const write = await partnerFailure(
      source.acknowledge(h.ctx, { order: { sourceRef: String(h.sim.control.orderIds()[0]), orderNumber: "x" } }),
    );
    expect(write.reason).toBe("malformed_response");
  });

  it("gives up on an order that does not exist with a permanent error", async () => {
    const h = await start();
    const error = await partnerFailure(source.acknowledge(h.ctx, { order: { sourceRef: "424242", orderNumber: "424242" } }));
    expect(error).toMatchObject({ kind: "permanent", reason: "not_found", status: 404 });
  });
});
