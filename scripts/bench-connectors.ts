/**
 * Partner calls per order: the real connectors against the simulators over real HTTP on
 * 127.0.0.1 (no latency, no faults), plentymarkets as the source, each warehouse in turn.
 * Usage: npm run bench:connectors [-- <orders> [<changed orders>]]
 */
import { runScenario } from "./bench/scenario";
import { renderBreakdown, renderTable } from "./bench/table";
import { startOngoing, startWemalo } from "./bench/warehouses";

const orders = Number(process.argv[2] ?? 200);
const changed = Number(process.argv[3] ?? 100);
if (!Number.isInteger(orders) || !Number.isInteger(changed) || orders < 1 || changed < 1 || changed > orders) {
  console.error("usage: bench-connectors [orders >= 1] [changed orders, 1..orders]");
  process.exit(2);
}

const warehouses = [startWemalo, startOngoing];
// A small unmeasured round first, so module loading and JIT warm-up do not land on the first column.
for (const start of warehouses) await runScenario(start, 10, 5);
const results = [];
for (const start of warehouses) results.push(await runScenario(start, orders, changed));

console.log(`plentymarkets → warehouse: ${orders} orders handed over, ${changed} of them shipped and polled\n`);
console.log(renderTable(results));
console.log(`\nWhere the calls went:\n${renderBreakdown(results)}`);
console.log(
  [
    "",
    "Calls are attempts in the connectors' request log, repeats included. The clients and the simulators",
    "share a virtual clock: waits for partner limits and our call budget are counted, not slept. The wemalo",
    "simulator's limiter runs on the wall clock and its 120 calls / 60 s are a guess, so it is lifted here.",
  ].join("\n"),
);
