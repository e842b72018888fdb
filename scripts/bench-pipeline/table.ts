import type { PipelineRun } from "./run";

const fixed = (n: number, digits = 2) => n.toFixed(digits);
const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

/** One column per warehouse: throughput, Inngest steps and partner calls per order. */
export function renderPipelineTable(runs: PipelineRun[]): string {
  const rows: Array<[string, (r: PipelineRun) => string]> = [["orders", (r) => String(r.orders)]];
  for (const [i, name] of (runs[0]?.phases ?? []).map((p, i) => [i, p.name] as const)) {
    rows.push([name, () => ""]);
    rows.push(["  orders per second", (r) => fixed(r.orders / (r.phases[i]!.wallMs / 1000), 1)]);
    rows.push(["  function runs per order", (r) => fixed(r.phases[i]!.runs / r.orders)]);
    rows.push(["  Inngest steps per order", (r) => fixed(r.phases[i]!.steps / r.orders)]);
    rows.push(["  partner calls per order", (r) => fixed(sum(r.phases[i]!.calls) / r.orders)]);
    rows.push(["    plentymarkets", (r) => fixed((r.phases[i]!.calls.plentymarkets ?? 0) / r.orders)]);
    rows.push(["    warehouse", (r) => fixed((r.phases[i]!.calls[r.warehouse] ?? 0) / r.orders)]);
  }
  rows.push(["whole pipeline", () => ""]);
  rows.push(["  orders per second", (r) => fixed(r.orders / (r.phases.reduce((ms, p) => ms + p.wallMs, 0) / 1000), 1)]);
  rows.push(["  Inngest steps per order", (r) => fixed(r.phases.reduce((n, p) => n + p.steps, 0) / r.orders)]);
  rows.push(["  partner calls per order", (r) => fixed(r.phases.reduce((n, p) => n + sum(p.calls), 0) / r.orders)]);
  rows.push(["end state: orders / shipments written back", (r) => `${r.settled.orders} / ${r.settled.writtenBack}`]);
  rows.push(["end state: at warehouse / status 7 at shop", (r) => `${r.settled.warehouseOrders} / ${r.settled.sourceShipped}`]);

  const header = ["", ...runs.map((r) => `→ ${r.warehouse}`)];
  const cells = [header, ...rows.map(([label, value]) => [label, ...runs.map(value)])];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  return cells.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join("   ")).join("\n");
}

/** What each connector's call budget allows a link, given the partner calls measured per order. */
export function renderBudgetNote(runs: PipelineRun[], budgets: Record<string, { maxCalls: number; windowMs: number }>): string {
  const lines = ["Call budgets per connection cap one link at:"];
  for (const run of runs) {
    for (const [connector, budget] of Object.entries(budgets)) {
      const calls = run.phases.reduce((n, p) => n + (p.calls[connector] ?? 0), 0) / run.orders;
      if (calls === 0) continue;
      const perSecond = budget.maxCalls / (budget.windowMs / 1000);
      lines.push(`  → ${run.warehouse}: ${connector} ${budget.maxCalls} calls / ${budget.windowMs / 1000} s ÷ ${fixed(calls)} calls per order = ${fixed(perSecond / calls, 1)} orders/s`);
    }
  }
  return lines.join("\n");
}
