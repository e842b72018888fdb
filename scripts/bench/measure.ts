import type { Bench } from "./setup";

/** What one phase cost: partner calls (attempts, from the request log), virtual waits, wall time. */
export interface Measured<T> {
  result: T;
  /** Attempts per partner id, repeats included. */
  calls: Record<string, number>;
  /** Attempts per partner and operation (the request log's short name of the call). */
  operations: Record<string, Record<string, number>>;
  /** Attempts after the first of a request (after a 429, 5xx or timeout). */
  repeats: number;
  /** Time the clients slept for rate limits, budgets and backoff, on the virtual clock. */
  waitedMs: number;
  wallMs: number;
}

export async function measure<T>(bench: Bench, phase: () => Promise<T>): Promise<Measured<T>> {
  const firstEntry = bench.log.entries.length;
  const firstSleep = bench.clock.sleeps.length;
  const started = performance.now();
  const result = await phase();
  const wallMs = performance.now() - started;
  const entries = bench.log.entries.slice(firstEntry);
  const calls: Record<string, number> = {};
  const operations: Record<string, Record<string, number>> = {};
  for (const { partner, operation, method } of entries) {
    calls[partner] = (calls[partner] ?? 0) + 1;
    const ops = (operations[partner] ??= {});
    ops[operation ?? method] = (ops[operation ?? method] ?? 0) + 1;
  }
  return {
    result,
    calls,
    operations,
    repeats: entries.filter((e) => e.attempt > 1).length,
    waitedMs: bench.clock.sleeps.slice(firstSleep).reduce((sum, ms) => sum + ms, 0),
    wallMs,
  };
}
