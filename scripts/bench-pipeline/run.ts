import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { connectionRequests, connections } from "@/db/schema";
import { functions } from "@/inngest/index";
import { createLocalWorker, type Delivery } from "@/inngest/local/worker";
import { enqueue } from "@/lib/outbox/enqueue";
import { linkState } from "@/lib/pipeline/testing";
import { benchWorld } from "./world";

export interface PhaseResult {
  name: string;
  wallMs: number;
  runs: number;
  steps: number;
  calls: Record<string, number>;
}

export interface PipelineRun {
  warehouse: "wemalo" | "ongoing";
  orders: number;
  phases: PhaseResult[];
  settled: { orders: number; shipments: number; writtenBack: number; warehouseOrders: number; sourceShipped: number };
}

/** Partner calls so far, by connector, from the connections' request log. */
async function callsByConnector(tenantId: string): Promise<Record<string, number>> {
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .select({ connector: connections.connectorId, n: sql<number>`count(*)::int` })
      .from(connectionRequests)
      .innerJoin(connections, eq(connections.id, connectionRequests.connectionId))
      .groupBy(connections.connectorId),
  );
  return Object.fromEntries(rows.map((r) => [r.connector, r.n]));
}

function minus(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]));
}

/**
 * One run: N orders at sandbox plentymarkets, taken in, sent, shipped in full at the warehouse,
 * polled and written back, every event delivered by the in-process engine (the local worker),
 * every partner reached over HTTP on 127.0.0.1 with no latency, no faults and no rate limits.
 */
export async function runPipeline(kind: "wemalo" | "ongoing", orders: number): Promise<PipelineRun> {
  const world = await benchWorld(kind);
  try {
    const { tenantId, linkId, plenty } = world;
    const refs = plenty.control.createOrders(orders).map((o) => String(o.id));
    const worker = createLocalWorker({ functions, tenantId, batchSize: 100, now: () => new Date(Date.now() + 5_000) });
    const phases: PhaseResult[] = [];

    const phase = async (name: string, trigger: string, work: () => void) => {
      work();
      await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name: trigger, data: { tenantId, linkId }, key: `bench:${randomUUID()}` }));
      const before = await callsByConnector(tenantId);
      const from = worker.deliveries.length;
      const started = performance.now();
      await worker.drain();
      const wallMs = performance.now() - started;
      const runs: Delivery[] = worker.deliveries.slice(from);
      const failed = runs.filter((r) => r.outcome !== "ok");
      if (failed.length) throw new Error(`${name}: ${failed.length} run(s) did not succeed, e.g. ${failed[0]!.functionId}: ${failed[0]!.error}`);
      phases.push({ name, wallMs, runs: runs.length, steps: runs.reduce((n, r) => n + r.steps, 0), calls: minus(await callsByConnector(tenantId), before) });
    };

    await phase("intake + send + acknowledge", "link.intake.requested", () => {});
    await phase("status poll + write-back", "link.status-poll.requested", () => {
      for (const ref of refs) world.ship(ref);
    });

    const state = await linkState(tenantId, linkId);
    const warehouseOrders = world.warehouseOrders();
    return {
      warehouse: kind,
      orders,
      phases,
      settled: {
        orders: state.orders.length,
        shipments: state.shipments.length,
        writtenBack: state.shipments.filter((s) => s.writtenBackAt).length,
        warehouseOrders,
        sourceShipped: refs.filter((ref) => plenty.control.statusOf(Number(ref)) === 7).length,
      },
    };
  } finally {
    await world.close();
  }
}
