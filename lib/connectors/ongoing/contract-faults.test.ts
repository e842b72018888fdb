import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ongoingConnector } from "./index";
import { caught, FIXTURE_SKUS, type OngoingHarness, ongoingHarness, orderFixture } from "./testing";

const warehouse = ongoingConnector.warehouse!;

/** Switches a fault off once `n` requests have reached the simulator. */
function afterRequests(h: OngoingHarness, n: number, off: () => void) {
  let seen = 0;
  h.beforeRequest.hook = () => {
    seen += 1;
    if (seen === n + 1) off();
  };
}

describe("Ongoing connector against the simulator: faults", () => {
  let h: OngoingHarness;
  beforeEach(async () => {
    h = await ongoingHarness({ seed: 1, hangMs: 3_000, timeoutMs: 200 });
    for (const sku of FIXTURE_SKUS) h.sim.control.setStock(sku, 5);
  });
  afterEach(() => h.close());

  it("waits out a 503 burst (Ongoing's answer to too many calls), honouring Retry-After", async () => {
    h.sim.control.faults.set({ rateLimitRate: 1, rateLimitBurst: 2 });
    h.sim.control.rateLimit.retryAfterSeconds = 3;
    afterRequests(h, 1, () => h.sim.control.faults.set({ rateLimitRate: 0 }));
    const page = await warehouse.listChanges(h.ctx, { cursor: null });
    expect(page.items).toEqual([]);
    expect(h.log.entries.map((e) => e.status)).toEqual([503, 503, 200]);
    expect(h.clock.sleeps).toEqual([3000, 3000]);
  });

  it("retries a 500 and gets through", async () => {
    h.sim.control.faults.set({ serverErrorRate: 1 });
    afterRequests(h, 2, () => h.sim.control.faults.set({ serverErrorRate: 0 }));
    const result = await ongoingConnector.testConnection(h.ctx);
    expect(result.account.id).toBe("159");
    expect(h.log.entries.slice(0, 3).map((e) => e.status)).toEqual([500, 500, 200]);
  });

  it("gives up on lasting 500s with a transient error", async () => {
    h.sim.control.faults.set({ serverErrorRate: 1 });
    const error = await caught(warehouse.listChanges(h.ctx, { cursor: null }));
    expect(error).toMatchObject({ kind: "transient", reason: "server_error", status: 500 });
  });

  it("classifies a malformed body instead of crashing", async () => {
    h.sim.control.faults.set({ malformedRate: 1 });
    const error = await caught(warehouse.listChanges(h.ctx, { cursor: null }));
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response" });
    const stock = await caught(warehouse.getStockLevels!(h.ctx, { skus: ["TS-BLK-M"] }));
    expect(stock.reason).toBe("malformed_response");
  });

  it("repeats a submit whose answer was garbled, and still holds one order", async () => {
    h.sim.control.faults.set({ malformedRate: 1 });
    afterRequests(h, 1, () => h.sim.control.faults.set({ malformedRate: 0 }));
    const result = await warehouse.submitOrder(h.ctx, { order: orderFixture() });
    expect(result.created).toBe(false);
    expect(h.log.entries.filter((e) => e.operation === "submit order")).toHaveLength(2);
    expect(h.sim.control.orders()).toHaveLength(1);
  });

  it("turns a hanging request into a transient timeout", async () => {
    h.sim.control.faults.set({ timeoutRate: 1 });
    const error = await caught(warehouse.listChanges(h.ctx, { cursor: null }));
    expect(error).toMatchObject({ kind: "transient", reason: "timeout" });
  });
});
