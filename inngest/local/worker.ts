import type { InngestFunction } from "inngest";
import type { OutboxRow } from "@/db/schema";
import { claimDueRows, markFailed, markSent } from "@/lib/outbox/relay-store";
import type { PassResult } from "@/lib/outbox/relay-runner";
import { lastDueMinute } from "./cron";
import { runFailureHandler, runInProcess, triggersOf, type InProcessHooks, type InProcessOutcome } from "./in-process";
import { outboxHooks } from "./outbox-hooks";

export interface LocalWorkerOptions {
  functions: InngestFunction.Any[];
  now?: () => Date;
  batchSize?: number;
  /** Only this tenant's outbox rows (tests and the bench share a database). */
  tenantId?: string;
  /** Where step.sendEvent goes; default back into the outbox. */
  hooks?: (runKey: string) => InProcessHooks;
  log?: (line: string) => void;
}

export interface Delivery {
  event: string;
  functionId: string;
  outcome: "ok" | "retry" | "failed";
  error?: string;
  /** Steps the run went through (see InProcessOutcome.steps). */
  steps: number;
}

/** Inngest's default: 3 retries after the first attempt. */
const DEFAULT_RETRIES = 3;

/**
 * Delivers outbox events to the functions in this process, as Inngest would: every function
 * whose trigger matches runs; a retriable error leaves the row for a later pass (backoff, up to
 * the function's retries), a NonRetriableError or the last retry ends in the function's onFailure.
 */
export function createLocalWorker(options: LocalWorkerOptions) {
  const now = options.now ?? (() => new Date());
  const hooksFor = options.hooks ?? outboxHooks;
  const log = options.log ?? (() => {});
  const byEvent = new Map<string, InngestFunction.Any[]>();
  const crons: Array<{ fn: InngestFunction.Any; cron: string; last: Date }> = [];
  const started = now();
  for (const fn of options.functions) {
    const { events, crons: schedules } = triggersOf(fn);
    for (const name of events) byEvent.set(name, [...(byEvent.get(name) ?? []), fn]);
    for (const cron of schedules) crons.push({ fn, cron, last: started });
  }
  const deliveries: Delivery[] = [];

  async function runOne(fn: InngestFunction.Any, row: OutboxRow): Promise<Delivery> {
    const event = { id: row.idempotencyKey, name: row.name, data: row.data };
    const runKey = `${row.idempotencyKey}/${fn.id()}`;
    const outcome: InProcessOutcome = await runInProcess(fn, event, hooksFor(runKey));
    const steps = outcome.steps;
    if (!outcome.error) return { event: row.name, functionId: fn.id(), outcome: "ok", steps };
    const retries = (fn.opts.retries as number | undefined) ?? DEFAULT_RETRIES;
    const final = outcome.error.name === "NonRetriableError" || row.attempts >= retries;
    if (!final) return { event: row.name, functionId: fn.id(), outcome: "retry", error: outcome.error.message, steps };
    const failure = await runFailureHandler(fn, event, outcome.error, hooksFor(`${runKey}/failure`));
    return { event: row.name, functionId: fn.id(), outcome: "failed", error: outcome.error.message, steps: steps + (failure?.steps ?? 0) };
  }

  /** One pass over the due outbox rows. */
  async function deliverDue(): Promise<PassResult> {
    const rows = await claimDueRows(options.batchSize ?? 50, now(), undefined, options.tenantId ? { tenantId: options.tenantId } : {});
    let sent = 0;
    for (const row of rows) {
      const results: Delivery[] = [];
      for (const fn of byEvent.get(row.name) ?? []) results.push(await runOne(fn, row));
      deliveries.push(...results);
      const retry = results.find((r) => r.outcome === "retry");
      if (retry) {
        log(`${row.name} ${retry.functionId}: ${retry.error} (attempt ${row.attempts + 1}, will retry)`);
        await markFailed([row.id], retry.error ?? "failed", now());
      } else {
        for (const r of results) if (r.outcome === "failed") log(`${row.name} ${r.functionId} failed: ${r.error}`);
        if (results.length === 0) log(`${row.name}: no function listens to it`);
        await markSent([row.id], now());
        sent++;
      }
    }
    return { claimed: rows.length, sent };
  }

  /**
   * Runs each cron function whose schedule fired since its last run, once, for the latest
   * firing: firings missed while the worker was stopped are not replayed (nor are they by Inngest).
   */
  async function runDueCrons(): Promise<number> {
    let ran = 0;
    for (const entry of crons) {
      const due = lastDueMinute(entry.cron, entry.last, now());
      if (!due) continue;
      entry.last = due;
      await runCron(entry.fn, entry.cron, due);
      ran++;
    }
    return ran;
  }

  /** Runs one cron function now (tests, the bench, a manual nudge). */
  async function runCron(fn: InngestFunction.Any, cron = triggersOf(fn).crons[0] ?? "", at: Date = now()): Promise<InProcessOutcome> {
    const outcome = await runInProcess(fn, { name: "inngest/scheduled.timer", data: { cron } }, hooksFor(`cron/${fn.id()}/${at.toISOString()}`));
    deliveries.push({ event: "inngest/scheduled.timer", functionId: fn.id(), outcome: outcome.error ? "failed" : "ok", steps: outcome.steps, ...(outcome.error ? { error: outcome.error.message } : {}) });
    if (outcome.error) log(`${fn.id()} (cron) failed: ${outcome.error.message}`);
    return outcome;
  }

  /** Delivers until the outbox has nothing due (tests and the bench); returns the passes made. */
  async function drain(maxPasses = 1_000): Promise<number> {
    for (let pass = 1; pass <= maxPasses; pass++) {
      const result = await deliverDue();
      if (result.claimed === 0) return pass;
    }
    throw new Error(`the outbox did not drain in ${maxPasses} passes`);
  }

  return { deliverDue, runDueCrons, runCron, drain, deliveries };
}

export type LocalWorker = ReturnType<typeof createLocalWorker>;
