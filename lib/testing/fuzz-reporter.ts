import type { Reporter, TestModule } from "vitest/node";
import type { FuzzRecord } from "./fuzz";

/**
 * Prints, after a run that contained fuzz tests, how many generated inputs each parser saw:
 *   fuzz runs per parser
 *     webshipper webhook            1,200 (4 properties)
 */
export default class FuzzReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const totals = new Map<string, { runs: number; properties: number }>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        for (const record of (test.meta().fuzz ?? []) as FuzzRecord[]) {
          const total = totals.get(record.parser) ?? { runs: 0, properties: 0 };
          total.runs += record.runs;
          total.properties += 1;
          totals.set(record.parser, total);
        }
      }
    }
    if (totals.size === 0) return;
    const width = Math.max(...[...totals.keys()].map((k) => k.length));
    const lines = [...totals.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([parser, t]) => `  ${parser.padEnd(width)}  ${t.runs.toLocaleString("en").padStart(7)} runs (${t.properties} ${t.properties === 1 ? "property" : "properties"})`);
    const all = [...totals.values()].reduce((sum, t) => sum + t.runs, 0);
    process.stdout.write(`\nfuzz runs per parser\n${lines.join("\n")}\n  ${"total".padEnd(width)}  ${all.toLocaleString("en").padStart(7)} runs, ${totals.size} parsers\n`);
  }
}
