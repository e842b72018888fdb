import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught, orderFixture, webshipperHarness, type WebshipperHarness } from "./testing";
import { webshipperConnector } from "./index";

const ops = webshipperConnector.warehouse!;

describe("Webshipper connector under faults", () => {
  let h: WebshipperHarness;
  beforeEach(async () => {
    h = await webshipperHarness({ seed: 7 });
  });
  afterEach(() => h.close());

  it("sits out a burst of 429s, honouring Retry-After, then succeeds", async () => {
    h.sim.control.faults.set({ rateLimitRate: 1, rateLimitBurst: 2 });
    let calls = 0;
    const original = h.sim.control.faults.roll.bind(h.sim.control.faults);
    h.sim.control.faults.roll = () => (++calls <= 2 ? original() : "none");
    const result = await webshipperConnector.testConnection(h.ctx);
    expect(result.discovered.shippingRates).toHaveLength(3);
    expect(h.clock.sleeps.filter((ms) => ms === 1000).length).toBeGreaterThanOrEqual(2);
  });

  it("repeats a GET after a 5xx and gives up as transient when it persists", async () => {
    let failures = 1;
    const roll = h.sim.control.faults.roll.bind(h.sim.control.faults);
    h.sim.control.faults.roll = () => (failures-- > 0 ? "server-error" : roll());
    expect((await ops.listChanges(h.ctx, { cursor: null })).items).toEqual([]);
    h.sim.control.faults.set({ serverErrorRate: 1 });
    const error = await caught(ops.listChanges(h.ctx, { cursor: null }));
    expect([error.kind, error.reason, error.status]).toEqual(["transient", "server_error", 500]);
  });

  it("a cut-off body becomes a classified malformed_response, never a crash", async () => {
    h.sim.control.faults.set({ malformedRate: 1 });
    const error = await caught(webshipperConnector.testConnection(h.ctx));
    expect([error.kind, error.reason]).toEqual(["transient", "malformed_response"]);
  });

  it("a submit whose answer is lost is found by ext_ref on the next attempt, not created twice", async () => {
    const roll = h.sim.control.faults.roll.bind(h.sim.control.faults);
    let n = 0;
    // The lookup passes, the POST is processed but its answer is garbled.
    h.sim.control.faults.roll = () => (++n === 2 ? "malformed" : roll());
    const error = await caught(ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" }));
    expect(error.reason).toBe("malformed_response");
    const retry = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    expect(retry.created).toBe(false);
    expect(h.sim.control.orders()).toHaveLength(1);
  });

  it("a bad cursor is a permanent error", async () => {
    const error = await caught(ops.listChanges(h.ctx, { cursor: "garbage" }));
    expect(error.kind).toBe("permanent");
  });

  it("a revoked token is needs_merchant, never retried", async () => {
    h.sim.control.faults.set({ expireTokens: true });
    const error = await caught(ops.listChanges(h.ctx, { cursor: null }));
    expect([error.kind, error.reason, error.attempts]).toEqual(["needs_merchant", "credentials_rejected", 1]);
  });
});
