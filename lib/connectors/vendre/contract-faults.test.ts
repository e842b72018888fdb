import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught } from "@/lib/connectors/ongoing/testing";
import { vendreConnector } from "./index";
import { vendreHarness, type VendreHarness } from "./testing";

const source = vendreConnector.source!;

describe("Vendre connector against the simulator: faults", () => {
  let h: VendreHarness;
  beforeEach(async () => {
    h = await vendreHarness({ seed: 3, hangMs: 3_000, timeoutMs: 200 });
    h.sim.control.addOrder();
  });
  afterEach(() => h.close());

  const offAfter = (n: number, off: () => void) => {
    let seen = 0;
    h.beforeRequest.hook = () => {
      if (++seen === n + 1) off();
    };
  };

  it("waits out a 429 burst, honouring Retry-After", async () => {
    h.sim.control.faults.set({ rateLimitRate: 1, rateLimitBurst: 2 });
    offAfter(1, () => h.sim.control.faults.set({ rateLimitRate: 0 }));
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
    expect(h.log.entries.map((e) => e.status)).toEqual([429, 429, 200]);
    expect(h.clock.sleeps).toEqual([2000, 2000]);
  });

  it("retries a 500 and gives up on lasting ones with a transient error", async () => {
    h.sim.control.faults.set({ serverErrorRate: 1 });
    const error = await caught(source.listReadyOrders(h.ctx, { cursor: null }));
    expect(error).toMatchObject({ kind: "transient", reason: "server_error", status: 500 });
    expect(h.log.entries.length).toBeGreaterThan(1);
  });

  it("classifies a garbled body and a hanging request as transient", async () => {
    h.sim.control.faults.set({ malformedRate: 1 });
    expect((await caught(source.listReadyOrders(h.ctx, { cursor: null }))).reason).toBe("malformed_response");
    h.sim.control.faults.set({ malformedRate: 0, timeoutRate: 1 });
    expect((await caught(source.listReadyOrders(h.ctx, { cursor: null }))).reason).toBe("timeout");
  });

  it("says which order is unknown to Vendre when writing back", async () => {
    const error = await caught(source.acknowledge(h.ctx, { order: { sourceRef: "999999", orderNumber: "999999" } }));
    expect(error).toMatchObject({ kind: "permanent", reason: "not_found", status: 404 });
  });
});
