import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";
import { FAULT_KINDS, seededRandom, type FaultKind } from "@/lib/sandbox/faults";
import { checkTenant, type TenantCheck } from "./invariants";
import { soakTenant, type SoakTenant } from "./tenant";
import { compressWaits, defaultSoakTiming, type SoakTiming } from "./time-scale";
import { SOAK_WAREHOUSES, type SoakWarehouse } from "./warehouses";
import { deliverRepeatedly, type WebhookTally } from "./webhooks";

export interface SoakOptions {
  orders: number;
  tenants: number;
  /** Share of every partner's calls that fail (0..1). */
  faultRate: number;
  seed: number;
  /** Orders arrive at each shop in this many waves; intake runs after each. */
  waves?: number;
  /** Every webhook is delivered 1..maxRepeats times. */
  maxRepeats?: number;
  /** A status poll is requested every this many waves (webhooks are not the only way back). */
  pollEvery?: number;
  /** Rounds after the last wave (intake, poll, ship, webhooks) before the soak gives up on stragglers. */
  finalRounds?: number;
  warehouses?: readonly SoakWarehouse[];
  /** No new wave starts after this many ms; the orders already made are settled and checked. */
  budgetMs?: number;
  timing?: Partial<SoakTiming>;
  log?: (line: string) => void;
}

export interface SoakReport {
  /** Orders made at the shops (fewer than planned when the time budget ended the waves). */
  orders: number;
  planned: number;
  tenants: number;
  byWarehouse: Record<SoakWarehouse, number>;
  faultRate: number;
  seed: number;
  lost: number;
  createdTwice: number;
  writtenBackTwice: number;
  wrongState: number;
  openExceptions: number;
  wallMs: number;
  ordersPerSecond: number;
  /** The last order to settle: how long it took from creation at the shop, and when (from the start). */
  lastOrder: { settleMs: number; settledAfterMs: number };
  settleMs: { p50: number; p99: number; max: number };
  calls: { source: number; warehouse: number };
  faults: Record<FaultKind, number>;
  webhooks: WebhookTally;
  engine: { runs: number; retried: number; failedForGood: number };
  examples: string[];
}

/** The four invariants hold. */
export function soakPassed(report: SoakReport): boolean {
  return report.lost === 0 && report.createdTwice === 0 && report.writtenBackTwice === 0 && report.wrongState === 0 && report.orders > 0;
}

function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Final rounds in a row without one more order settled, after which a tenant stops. */
const STALLED_ROUNDS = 4;

async function request(t: SoakTenant, name: "link.intake.requested" | "link.status-poll.requested"): Promise<void> {
  await withTenant(t.tenantId, (tx) => enqueue(tx, t.tenantId, { name, data: { tenantId: t.tenantId, linkId: t.linkId }, key: `soak:${randomUUID()}` }));
}

async function settledCount(t: SoakTenant): Promise<number> {
  const [row] = await withTenant(t.tenantId, (tx) =>
    tx.select({ n: sql<number>`count(*)::int` }).from(orders).where(and(eq(orders.linkId, t.linkId), isNotNull(orders.settledAt))),
  );
  return row?.n ?? 0;
}

/**
 * One shop's day: orders arrive in waves and are taken in, the engine (with every retry) sends
 * them, the warehouse ships what it holds and sends its webhooks, each delivered one to three
 * times; a status poll now and then. Then rounds of the same until every order settled or the
 * rounds ran out.
 */
async function runTenant(t: SoakTenant, planned: number, options: Required<Pick<SoakOptions, "waves" | "maxRepeats" | "pollEvery" | "finalRounds" | "seed">>, deadline: number, tally: WebhookTally, log: (line: string) => void) {
  const random = seededRandom(options.seed * 1_000 + t.index);
  const shipAndNotify = async () => {
    t.warehouse.shipNew();
    await deliverRepeatedly(t.warehouse.takeWebhooks(t.endpoint), random, options.maxRepeats, tally);
    await t.engine.settle();
  };
  const startedAt = Date.now();
  let count = 0;
  for (const [wave, n] of spread(planned, options.waves).entries()) {
    const now = Date.now();
    if (now > deadline) {
      log(`tenant ${t.index + 1} (${t.warehouse.kind}): time budget spent, no waves after ${wave}/${options.waves} (${count} orders)`);
      break;
    }
    count += n;
    for (const created of t.plenty.control.createOrders(n)) t.createdAt.set(String(created.id), now);
    await request(t, "link.intake.requested");
    if ((wave + 1) % options.pollEvery === 0) await request(t, "link.status-poll.requested");
    await t.engine.settle();
    await shipAndNotify();
    log(`tenant ${t.index + 1} (${t.warehouse.kind}): wave ${wave + 1}/${options.waves} done after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  }
  let before = -1;
  let stalled = 0;
  for (let round = 1; round <= options.finalRounds; round++) {
    const settled = await settledCount(t);
    if (settled >= count) return;
    stalled = settled === before ? stalled + 1 : 0;
    before = settled;
    // Stuck for good (an exception waits for a person): no point polling on.
    if (stalled >= STALLED_ROUNDS) break;
    log(`tenant ${t.index + 1} (${t.warehouse.kind}): ${settled}/${count} settled, round ${round}`);
    await request(t, "link.intake.requested");
    await request(t, "link.status-poll.requested");
    await t.engine.settle();
    await shipAndNotify();
  }
}

/**
 * `orders` over `tenants` shops (plentymarkets), each linked to one warehouse (wemalo, Ongoing,
 * Webshipper in turn), through the whole pipeline with `faultRate` of all partner calls failing
 * and every warehouse webhook delivered one to three times. The fault dice are seeded per partner;
 * the interleaving of the tenants (run side by side) is not.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const settings = { waves: options.waves ?? 10, maxRepeats: options.maxRepeats ?? 3, pollEvery: options.pollEvery ?? 3, finalRounds: options.finalRounds ?? 30, seed: options.seed };
  const timing = { ...defaultSoakTiming, ...options.timing };
  const kinds = options.warehouses ?? SOAK_WAREHOUSES;
  const log = options.log ?? (() => {});
  const restore = compressWaits(timing);
  const tenants: SoakTenant[] = [];
  try {
    for (let i = 0; i < options.tenants; i++) {
      tenants.push(await soakTenant({ index: i, kind: kinds[i % kinds.length]!, seed: options.seed * 100 + i, faultRate: options.faultRate, timing }));
    }
    log(`${tenants.length} tenants set up (${tenants.map((t) => t.warehouse.kind).join(", ")}); faults on`);
    for (const t of tenants) t.startFaults();
    const tally: WebhookTally = { sent: 0, deliveries: 0, refused: 0 };
    const started = Date.now();
    const counts = spread(options.orders, options.tenants);
    const deadline = options.budgetMs === undefined ? Infinity : started + options.budgetMs;
    await Promise.all(tenants.map((t, i) => runTenant(t, counts[i]!, settings, deadline, tally, log)));
    const wallMs = Date.now() - started;

    const checks: TenantCheck[] = [];
    for (const t of tenants) checks.push(await checkTenant(t));
    return summarise(options, tenants, checks, tally, started, wallMs);
  } finally {
    restore();
    await Promise.all(tenants.map((t) => t.close()));
  }
}

function summarise(options: SoakOptions, tenants: SoakTenant[], checks: TenantCheck[], webhooks: WebhookTally, started: number, wallMs: number): SoakReport {
  const sum = (pick: (c: TenantCheck) => number) => checks.reduce((n, c) => n + pick(c), 0);
  const settle = checks.flatMap((c) => [...c.settleMs.values()]).sort((a, b) => a - b);
  let last = { settleMs: 0, settledAfterMs: 0 };
  for (const c of checks) {
    if (c.lastSettledAt - started > last.settledAfterMs) last = { settleMs: c.lastSettleMs, settledAfterMs: c.lastSettledAt - started };
  }
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, tenants.reduce((n, t) => n + t.plenty.control.faults.injected[k] + t.warehouse.faults.injected[k], 0)])) as Record<FaultKind, number>;
  const deliveries = tenants.flatMap((t) => t.engine.deliveries);
  const byWarehouse = Object.fromEntries(SOAK_WAREHOUSES.map((k) => [k, tenants.filter((t) => t.warehouse.kind === k).length])) as Record<SoakWarehouse, number>;
  const orders = sum((c) => c.orders);
  return {
    orders,
    planned: options.orders,
    tenants: tenants.length,
    byWarehouse,
    faultRate: options.faultRate,
    seed: options.seed,
    lost: sum((c) => c.lost),
    createdTwice: sum((c) => c.createdTwice),
    writtenBackTwice: sum((c) => c.writtenBackTwice),
    wrongState: sum((c) => c.wrongState),
    openExceptions: sum((c) => c.openExceptions),
    wallMs,
    ordersPerSecond: wallMs > 0 ? orders / (wallMs / 1000) : 0,
    lastOrder: last,
    settleMs: { p50: percentile(settle, 50), p99: percentile(settle, 99), max: settle.at(-1) ?? 0 },
    calls: { source: tenants.reduce((n, t) => n + t.calls.source, 0), warehouse: tenants.reduce((n, t) => n + t.calls.warehouse, 0) },
    faults,
    webhooks,
    engine: { runs: deliveries.length, retried: deliveries.filter((d) => d.outcome === "retry").length, failedForGood: deliveries.filter((d) => d.outcome === "failed").length },
    examples: checks.flatMap((c, i) => c.examples.map((e) => `tenant ${i + 1}: ${e}`)).slice(0, 10),
  };
}
