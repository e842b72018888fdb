import type { LoadResult } from "./load";

const fmt = (n: number, digits = 1) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function renderTable(rows: Array<{ name: string; result: LoadResult }>): string {
  const lines = ["| target | requests | answers | req/s | p50 ms | p99 ms |", "|---|---:|---|---:|---:|---:|"];
  for (const { name, result } of rows) {
    const answers = Object.entries(result.statuses).map(([s, n]) => `${n}× ${s}`).join(", ");
    lines.push(`| ${name} | ${result.requests.toLocaleString("en")} | ${answers} | ${fmt(result.perSecond, 0)} | ${fmt(result.p50Ms, 2)} | ${fmt(result.p99Ms, 2)} |`);
  }
  return lines.join("\n");
}

export function accepted(result: LoadResult): number {
  return Object.entries(result.statuses).reduce((sum, [status, n]) => (Number(status) >= 200 && Number(status) < 300 ? sum + n : sum), 0);
}

export { fmt };
