import fc from "fast-check";
import type { TestContext } from "vitest";

/** One property's share of a parser's fuzzing, read by fuzz-reporter.ts after the run. */
export interface FuzzRecord {
  parser: string;
  runs: number;
}

declare module "@vitest/runner" {
  interface TaskMeta {
    fuzz?: FuzzRecord[];
  }
}

/** FUZZ_SCALE=10 for a longer local hunt; FUZZ_SEED replays a failure fast-check reported. */
const scale = Number(process.env.FUZZ_SCALE ?? "1") || 1;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

function params<Ts>(numRuns: number): fc.Parameters<Ts> {
  return { numRuns: Math.max(1, Math.round(numRuns * scale)), ...(seed !== undefined ? { seed } : {}) };
}

function settle<Ts>(context: TestContext, parser: string, details: fc.RunDetails<Ts>): void {
  (context.task.meta.fuzz ??= []).push({ parser, runs: details.numRuns });
  if (!details.failed) return;
  const cause = details.errorInstance;
  const why = cause instanceof Error ? cause.message : String(cause);
  // Counterexamples may hold a 200 kB string: keep the report readable.
  const full: string = fc.defaultReportMessage(details as fc.RunDetails<Ts>) ?? "property failed";
  const report = full.replace(/(.)\1{60,}/g, (run: string, c: string) => `${c.repeat(10)}…(${run.length}×)`);
  throw new Error(`${parser}: ${report.slice(0, 4000)}\n\n${why.slice(0, 2000)}`, { cause });
}

/**
 * Runs one fast-check property for `parser` and records how many inputs it ran, so the fuzz
 * reporter can print the run counts per parser. Fails the test with fast-check's report (seed,
 * path and counterexample) when the property does not hold.
 */
export function fuzz<Ts>(context: TestContext, parser: string, property: fc.IProperty<Ts>, numRuns = 300): void {
  settle(context, parser, fc.check(property, params<Ts>(numRuns)));
}

export async function fuzzAsync<Ts>(context: TestContext, parser: string, property: fc.IAsyncProperty<Ts>, numRuns = 100): Promise<void> {
  settle(context, parser, await fc.check(property, params<Ts>(numRuns)));
}

/** What a call did: its value, or the error it threw (so a property can say which errors are allowed). */
export function outcomeOf<T>(run: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

export async function asyncOutcomeOf<T>(run: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}
