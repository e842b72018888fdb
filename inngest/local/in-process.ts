import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { Context, InngestFunction } from "inngest";
import { inngest } from "../client";

/** An event a function sent with step.sendEvent; the local worker puts it back into the outbox. */
export interface SentEvent {
  id?: string;
  name: string;
  data: Record<string, unknown>;
}

export interface InProcessHooks {
  /** step.sendEvent: where the events go (the outbox, or a test's list). */
  sendEvents(stepId: string, events: SentEvent[]): Promise<void>;
  /** step.waitForEvent: what arrives; default null, as if the wait timed out. */
  waitForEvent?(stepId: string): Promise<unknown>;
}

export interface InProcessOutcome {
  result?: unknown;
  error?: { name: string; message: string };
  /** Distinct steps the run went through: what Inngest would call the app for. */
  steps: number;
}

type StepTools = Context.Any["step"];

/**
 * Puts the steps that need the Inngest server on plain memoized steps: sleeps end at once,
 * sent events go to the hooks, waits get the hook's answer. Each is wrapped in step.run so a
 * re-executed handler does not send twice.
 */
function transformCtx(hooks: InProcessHooks, stepIds: Set<string>, error?: Error) {
  return (raw: Context.Any): Context.Any => {
    const ctx = mockCtx(raw) as unknown as Context.Any;
    const spied = ctx.step.run.bind(ctx.step) as StepTools["run"];
    const run = ((id: string, fn: () => unknown) => {
      stepIds.add(id);
      return spied(id, fn);
    }) as StepTools["run"];
    const step = ctx.step as unknown as Record<string, unknown>;
    step.run = run;
    step.sleep = (id: string) => run(id, () => null);
    step.sleepUntil = (id: string) => run(id, () => null);
    step.sendEvent = (id: string, payload: SentEvent | SentEvent[]) =>
      run(id, async () => {
        const events = Array.isArray(payload) ? payload : [payload];
        await hooks.sendEvents(id, events);
        return { ids: events.map((event, i) => event.id ?? `${id}:${i}`) };
      });
    step.waitForEvent = (id: string) => run(id, async () => (hooks.waitForEvent ? hooks.waitForEvent(id) : null));
    return error ? ({ ...ctx, error } as Context.Any) : ctx;
  };
}

function asOutcome(output: { result?: unknown; error?: unknown }, steps: number): InProcessOutcome {
  if (output.error === undefined) return { result: output.result, steps };
  const error = output.error as { name?: string; message?: string };
  return { error: { name: error.name ?? "Error", message: error.message ?? String(output.error) }, steps };
}

/** Runs one function for one event, in this process, through @inngest/test's engine. */
export async function runInProcess(fn: InngestFunction.Any, event: { id?: string; name: string; data: Record<string, unknown> }, hooks: InProcessHooks): Promise<InProcessOutcome> {
  const stepIds = new Set<string>();
  const engine = new InngestTestEngine({ function: fn, transformCtx: transformCtx(hooks, stepIds) });
  const output = await engine.execute({ events: [{ ...event, data: event.data }] });
  return asOutcome(output as { result?: unknown; error?: unknown }, stepIds.size);
}

/** The function's onFailure handler, for a run that failed for good (as Inngest would call it). */
export async function runFailureHandler(
  fn: InngestFunction.Any,
  event: { id?: string; name: string; data: Record<string, unknown> },
  failure: { name: string; message: string },
  hooks: InProcessHooks,
): Promise<InProcessOutcome | undefined> {
  const onFailure = fn.opts.onFailure;
  if (!onFailure) return undefined;
  const failureFn = inngest.createFunction({ id: `${fn.id()}-failure`, triggers: [{ event: "inngest/function.failed" }] }, onFailure);
  const error = Object.assign(new Error(failure.message), { name: failure.name });
  const stepIds = new Set<string>();
  const engine = new InngestTestEngine({ function: failureFn, transformCtx: transformCtx(hooks, stepIds, error) });
  const output = await engine.execute({
    events: [{ name: "inngest/function.failed", data: { function_id: fn.id(), run_id: "local", error: failure, event } }],
  });
  return asOutcome(output as { result?: unknown; error?: unknown }, stepIds.size);
}

/** Event names a function listens to, and its cron schedules. */
export function triggersOf(fn: InngestFunction.Any): { events: string[]; crons: string[] } {
  const triggers = (fn.opts.triggers ?? []) as Array<{ event?: string | { name: string }; cron?: string }>;
  return {
    events: triggers.flatMap((t) => (t.event === undefined ? [] : [typeof t.event === "string" ? t.event : t.event.name])),
    crons: triggers.flatMap((t) => (t.cron ? [t.cron] : [])),
  };
}
