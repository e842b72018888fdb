import { FAULT_KINDS } from "@/lib/sandbox/faults";
import { soakPassed, type SoakReport } from "./run";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (v: number) => v.toLocaleString("en-US");

/** The soak's figures as the script prints them (and the README quotes them). */
export function renderSoakReport(r: SoakReport): string {
  const calls = r.calls.source + r.calls.warehouse;
  const faults = FAULT_KINDS.reduce((sum, k) => sum + r.faults[k], 0);
  const mix = Object.entries(r.byWarehouse).map(([k, v]) => `${v} ${k}`).join(", ");
  const lines = [
    `soak: ${n(r.orders)} orders${r.orders < r.planned ? ` (of ${n(r.planned)} planned: the time budget ended the waves early)` : ""} over ${r.tenants} tenants (plentymarkets → ${mix}), fault rate ${Math.round(r.faultRate * 100)} %, seed ${r.seed}`,
    "",
    `orders lost                        ${r.lost}`,
    `warehouse orders created twice     ${r.createdTwice}`,
    `shipments written back twice       ${r.writtenBackTwice}`,
    `orders in a wrong final state      ${r.wrongState}`,
    "",
    `last order settled                 ${seconds(r.lastOrder.settleMs)} after it was placed (${seconds(r.lastOrder.settledAfterMs)} into the run)`,
    `time to settle per order           p50 ${seconds(r.settleMs.p50)}, p99 ${seconds(r.settleMs.p99)}, max ${seconds(r.settleMs.max)}`,
    `wall time                          ${seconds(r.wallMs)}, ${r.ordersPerSecond.toFixed(1)} orders/s`,
    `partner calls                      ${n(calls)} (shop ${n(r.calls.source)}, warehouses ${n(r.calls.warehouse)})`,
    `faults injected                    ${n(faults)} (${calls ? ((faults / calls) * 100).toFixed(1) : "0"} % of calls): ${FAULT_KINDS.map((k) => `${k} ${n(r.faults[k])}`).join(", ")}`,
    `webhooks                           ${n(r.webhooks.sent)} sent as ${n(r.webhooks.deliveries)} deliveries (${(r.webhooks.deliveries / Math.max(1, r.webhooks.sent)).toFixed(2)} each), ${r.webhooks.refused} refused`,
    `engine runs                        ${n(r.engine.runs)}, ${n(r.engine.retried)} retried, ${r.engine.failedForGood} failed for good; open exceptions ${r.openExceptions}`,
  ];
  if (r.examples.length) lines.push("", "first failures:", ...r.examples.map((e) => `  ${e}`));
  lines.push("", soakPassed(r) ? "PASS: all four invariants hold" : "FAIL: an invariant does not hold");
  return lines.join("\n");
}
