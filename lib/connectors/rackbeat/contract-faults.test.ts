import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught, rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";

describe("Rackbeat connector under faults", () => {
  let h: RackbeatHarness;
  beforeEach(async () => {
    h = await rackbeatHarness({ seed: 3 });
  });
  afterEach(() => h.close());

  it("waits out a 429 with Retry-After and then succeeds", async () => {
    let n = 0;
    h.sim.control.faults.roll = () => (++n === 1 ? "rate-limit" : "none");
    const result = await rackbeatConnector.testConnection(h.ctx);
    expect(result.discovered.deliveryTerms).toHaveLength(3);
    expect(h.clock.sleeps).toContain(1000);
  });

  it("pauses a minute when X-RateLimit-Remaining reaches 0", async () => {
    h.sim.control.rateLimit.limit = 1;
    await rackbeatConnector.testConnection(h.ctx);
    expect(h.clock.sleeps).toContain(60_000);
  });

  it("repeats a read after a 5xx; a lasting 5xx is transient", async () => {
    let n = 0;
    h.sim.control.faults.roll = () => (++n === 1 ? "server-error" : "none");
    await rackbeatConnector.source!.listReadyOrders(h.ctx, { cursor: null });
    h.sim.control.faults.roll = () => "server-error";
    const error = await caught(rackbeatConnector.source!.listReadyOrders(h.ctx, { cursor: null }));
    expect([error.kind, error.reason]).toEqual(["transient", "server_error"]);
  });

  it("an HTML page where JSON was expected is a classified malformed_response", async () => {
    h.sim.control.faults.set({ malformedRate: 1 });
    const error = await caught(rackbeatConnector.testConnection(h.ctx));
    expect([error.kind, error.reason]).toEqual(["transient", "malformed_response"]);
  });

  it("a token replaced in Rackbeat is needs_merchant, never retried", async () => {
    h.sim.control.faults.set({ expireTokens: true });
    const error = await caught(rackbeatConnector.testConnection(h.ctx));
    expect([error.kind, error.reason, error.attempts]).toEqual(["needs_merchant", "credentials_rejected", 1]);
  });
});
