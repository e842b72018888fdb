import { and, asc, eq, isNull } from "drizzle-orm";
import type { InngestFunction } from "inngest";
import { withTenant } from "@/db";
import { exceptions, outbox } from "@/db/schema";
import { runFailureHandler, runInProcess, type SentEvent } from "./local/in-process";

export interface TestRun {
  result?: unknown;
  error?: { name: string; message: string };
  /** What the run sent with step.sendEvent. */
  sent: SentEvent[];
}

/** Runs one function for one event through @inngest/test's engine; sent events are collected. */
export async function runFunction(fn: InngestFunction.Any, event: { name: string; data: Record<string, unknown> }): Promise<TestRun> {
  const sent: SentEvent[] = [];
  const outcome = await runInProcess(fn, event, { sendEvents: async (_id, events) => void sent.push(...events) });
  return { ...outcome, sent };
}

/** Runs the function's onFailure as Inngest does after the last retry. */
export async function runOnFailure(fn: InngestFunction.Any, event: { name: string; data: Record<string, unknown> }, error: { name: string; message: string }) {
  return runFailureHandler(fn, event, error, { sendEvents: async () => {} });
}

/**
 * Takes the tenant's unsent outbox events of one name (oldest first) and marks them sent, as the
 * relay would, so each test decides which function gets them.
 */
export async function takeEvents(tenantId: string, name: string): Promise<Array<{ name: string; data: Record<string, unknown> }>> {
  return withTenant(tenantId, async (tx) => {
    const rows = await tx.select().from(outbox).where(and(eq(outbox.name, name), isNull(outbox.sentAt))).orderBy(asc(outbox.id));
    for (const row of rows) await tx.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
    return rows.map((row) => ({ name: row.name, data: row.data }));
  });
}

export async function openExceptions(tenantId: string, linkId: string) {
  const rows = await withTenant(tenantId, (tx) => tx.select().from(exceptions).where(and(eq(exceptions.linkId, linkId), eq(exceptions.status, "open"))));
  return rows.map((row) => ({ kind: row.kind, orderId: row.orderId, message: row.message }));
}

/** Runs every pending event of `name` for the tenant through `fn`; returns the runs. */
export async function runPending(fn: InngestFunction.Any, tenantId: string, name: string): Promise<TestRun[]> {
  const runs: TestRun[] = [];
  for (const event of await takeEvents(tenantId, name)) runs.push(await runFunction(fn, event));
  return runs;
}
