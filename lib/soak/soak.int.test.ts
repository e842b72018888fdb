import { afterEach, describe, expect, it, vi } from "vitest";
import { FAULT_KINDS } from "@/lib/sandbox/faults";
import { renderSoakReport, runSoak } from "./index";

const ORDERS = Number(process.env.SOAK_TEST_ORDERS ?? 300);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("soak under faults (npm run soak, shorter)", () => {
  it(`${ORDERS} orders over 5 tenants, 20 % of partner calls failing, every webhook 1–3 times: nothing lost, nothing twice, all shipped`, async () => {
    // The engine logs every failed step with its stack; hundreds of injected faults are expected here.
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const report = await runSoak({ orders: ORDERS, tenants: 5, faultRate: 0.2, seed: 9, waves: 3, log: process.env.SOAK_LOG ? (l) => console.log(l) : undefined });
    console.log(renderSoakReport(report));

    expect(report.orders).toBe(ORDERS);
    expect({ lost: report.lost, createdTwice: report.createdTwice, writtenBackTwice: report.writtenBackTwice, wrongState: report.wrongState }).toEqual({
      lost: 0,
      createdTwice: 0,
      writtenBackTwice: 0,
      wrongState: 0,
    });
    // The run was under fire: every kind of fault was injected, steps were retried, webhooks repeated.
    for (const kind of FAULT_KINDS) expect(report.faults[kind], kind).toBeGreaterThan(0);
    const injected = FAULT_KINDS.reduce((n, k) => n + report.faults[k], 0);
    expect(injected / (report.calls.source + report.calls.warehouse)).toBeGreaterThan(0.12);
    expect(report.engine.retried).toBeGreaterThan(0);
    expect(report.webhooks.deliveries).toBeGreaterThan(report.webhooks.sent * 1.5);
    expect(report.webhooks.refused).toBe(0);
    expect(Object.values(report.byWarehouse)).toEqual([2, 2, 1]);
  }, 600_000);
});
