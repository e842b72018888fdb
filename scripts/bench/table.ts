import type { ScenarioResult } from "./scenario";

/** A section title, or a labelled figure computed from one run. */
type Row = string | [label: string, value: (r: ScenarioResult) => string];

const PLENTY = "plentymarkets";
const fixed = (n: number, digits = 2) => n.toFixed(digits);
const per = (count: number | undefined, of: number, unit = 1) => fixed(((count ?? 0) * unit) / of);
const waits = (m: { waitedMs: number; repeats: number }) => `${fixed(m.waitedMs / 1000, 1)} s, ${m.repeats} repeats`;
const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

const ROWS: Row[] = [
  "send + acknowledge: partner calls per order",
  [`  ${PLENTY} (list ready + acknowledge)`, (r) => per(r.send.calls[PLENTY], r.orders)],
  ["  warehouse (submit)", (r) => per(r.send.calls[r.warehouse.id], r.orders)],
  ["  total", (r) => per(sum(r.send.calls), r.orders)],
  ["  wall time per order", (r) => `${fixed(r.send.wallMs / r.orders)} ms`],
  ["  waited on limits (virtual clock)", (r) => waits(r.send)],
  "status poll: partner calls per 100 changed orders",
  ["  warehouse (listChanges until done)", (r) => per(r.poll.calls[r.warehouse.id], r.changed, 100)],
  ["  changes returned", (r) => String(r.poll.result.length)],
  ["  wall time per changed order", (r) => `${fixed(r.poll.wallMs / r.changed)} ms`],
  `write-back to ${PLENTY}: calls per shipment`,
  [`  ${PLENTY} (writeShipment)`, (r) => per(r.writeBack.calls[PLENTY], r.writeBack.result)],
  ["  wall time per shipment", (r) => `${fixed(r.writeBack.wallMs / r.writeBack.result)} ms`],
  ["  waited on limits (virtual clock)", (r) => waits(r.writeBack)],
];

/** One column per run; section titles span the table. */
export function renderTable(results: ScenarioResult[]): string {
  const header = ["", ...results.map((r) => `→ ${r.warehouse.label}`)];
  const body = ROWS.map((row) => (typeof row === "string" ? row : [row[0], ...results.map(row[1])]));
  const cells = [header, ...body.filter((row): row is string[] => typeof row !== "string")];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join("   ");
  return [line(header), ...body.map((row) => (typeof row === "string" ? row : line(row)))].join("\n");
}

/** Where the calls of each phase went, per run and partner: "wemalo: order status ×100, …". */
export function renderBreakdown(results: ScenarioResult[]): string {
  const phases = [["send + ack", "send"], ["poll", "poll"], ["write-back", "writeBack"]] as const;
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`→ ${r.warehouse.label}`);
    for (const [title, key] of phases) {
      for (const [partner, ops] of Object.entries(r[key].operations)) {
        const counts = Object.entries(ops).map(([op, n]) => `${op} ×${n}`);
        lines.push(`  ${title.padEnd(11)} ${`${partner}:`.padEnd(15)} ${counts.join(", ")}`);
      }
    }
  }
  return lines.join("\n");
}
