/**
 * Partner calls of product and stock sync, per warehouse (wemalo, Ongoing), with plentymarkets
 * as the shop: a full sync of N SKUs (default 10,000), then 100 changed products and 100 changed
 * stock figures. Counts come from the simulators' own call logs, so they are what the partners
 * would see; the last rows show that SKUs whose figure did not change cost no write. Simulators
 * on 127.0.0.1, no faults; Lagerbro's per-connection call budgets and wemalo's rate limit are
 * lifted so the run measures calls, not waiting. An in-memory embedded Postgres is the database.
 * Usage: npm run bench:stock [-- <SKUs, 200..20000>]
 */
import { randomBytes } from "node:crypto";

const skus = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 10_000);
const CHANGED = 100;
if (!Number.isInteger(skus) || skus < 200 || skus > 20_000) {
  console.error("usage: bench-stock [SKUs, 200..20000]");
  process.exit(2);
}

const { startEmbeddedPostgres } = await import("../db/embedded");
const { runMigrations } = await import("../db/migrate");
const db = await startEmbeddedPostgres({ dir: "memory://", port: 0 });
await runMigrations(db.url);
Object.assign(process.env, { DATABASE_URL: db.url, LAGERBRO_ENV: "test", ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`, ALLOW_PRIVATE_URLS: "true" });

const { closeDb } = await import("../db/client");
const { listConnectors } = await import("../lib/connectors");
const { pipelineWorld } = await import("../lib/pipeline/testing");
const { syncProducts } = await import("../lib/products/sync");
const { syncStock } = await import("../lib/stock/sync");
const { catalogue, catalogueSku } = await import("../lib/products/testing");
for (const connector of listConnectors()) (connector as { callBudget?: unknown }).callBudget = undefined;

interface Call {
  method: string;
  path: string;
}
interface Row {
  warehouse: string;
  step: string;
  warehouseCalls: string;
  shopCalls: string;
  result: string;
  ms: number;
}

/** "3× POST /product/addMultiple, 1× GET …" from a call log slice. */
function summarize(calls: readonly Call[], strip: RegExp): string {
  const counts = new Map<string, number>();
  for (const c of calls) {
    const key = `${c.method} ${c.path.replace(strip, "").replace(/\/\d+(?=\/|$)/g, "/{id}")}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = calls.length;
  return `${total}${total ? ` (${[...counts].map(([k, n]) => `${n}× ${k}`).join(", ")})` : ""}`;
}

async function run(kind: "wemalo" | "ongoing"): Promise<Row[]> {
  const world = kind === "wemalo" ? await pipelineWorld("wemalo", {}, { wemalo: { rateLimit: { maxCalls: 10_000_000 } } }) : await pipelineWorld("ongoing");
  const rows: Row[] = [];
  // The shop's catalogue exists before the link does: its products were last changed two hours ago.
  world.plenty.control.advanceTime(-2 * 3600_000);
  world.plenty.control.putVariations(catalogue(skus));
  world.plenty.control.advanceTime(2 * 3600_000);
  const setStock = (sku: string, n: number) => (world.kind === "wemalo" ? world.wemalo.control.setStock(sku, n) : world.ongoing.control.setStock(sku, n));
  const warehouseLog = (): readonly Call[] => (world.kind === "wemalo" ? world.wemalo.control.calls() : world.ongoing.control.requests());
  const shopLog = (): readonly Call[] => world.plenty.control.requests().filter((r) => !r.path.startsWith("/rest/login"));
  const strip = kind === "wemalo" ? /^$/ : /^.*\/api\/v1/;

  async function step(name: string, work: () => Promise<string>) {
    const w0 = warehouseLog().length;
    const s0 = shopLog().length;
    const t0 = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - t0);
    rows.push({ warehouse: kind, step: name, warehouseCalls: summarize(warehouseLog().slice(w0), strip), shopCalls: summarize(shopLog().slice(s0), /^$/), result, ms });
  }

  const total = world.plenty.control.variations().length;
  await step(`products, full (${total} SKUs)`, async () => {
    const r = await syncProducts(world.tenantId, world.linkId);
    return `${r.sent} sent, ${r.rejected} rejected`;
  });
  for (let i = 1; i <= skus; i++) setStock(catalogueSku(i), (i * 7) % 500);
  const booked0 = world.plenty.control.corrections().length;
  await step(`stock, full (${total} SKUs)`, async () => {
    const r = await syncStock(world.tenantId, world.linkId);
    return `${r.read} read, ${r.written} written`;
  });
  const bookedFull = world.plenty.control.corrections().length - booked0;

  const changed = Array.from({ length: CHANGED }, (_, k) => catalogueSku(1 + Math.floor((k * skus) / CHANGED)));
  world.plenty.control.putVariations(changed.map((sku) => ({ number: sku, name: `${sku} (neu)` })));
  await step(`products, ${CHANGED} changed`, async () => {
    const r = await syncProducts(world.tenantId, world.linkId);
    return `${r.read} read, ${r.sent} sent, ${r.unchanged} unchanged not sent`;
  });

  changed.forEach((sku, k) => setStock(sku, 1000 + k));
  const before = world.plenty.control.corrections().length;
  await step(`stock, ${CHANGED} changed`, async () => {
    const r = await syncStock(world.tenantId, world.linkId);
    return `${r.read} read, ${r.written} written, ${r.unchanged} unchanged not written`;
  });
  const booked = world.plenty.control.corrections().slice(before);
  const ids = new Set(world.plenty.control.variations().filter((v) => changed.includes(v.number)).map((v) => v.id));
  const outside = booked.filter((c) => !ids.has(c.variationId)).length;
  rows.push({ warehouse: kind, step: "  shop figures booked", warehouseCalls: "", shopCalls: "", result: `full: ${bookedFull}; changed: ${booked.length}, of them for unchanged SKUs: ${outside}`, ms: 0 });
  await world.close();
  return rows;
}

const all: Row[] = [];
for (const kind of ["wemalo", "ongoing"] as const) all.push(...(await run(kind)));
console.log(`bench:stock: plentymarkets → wemalo / Ongoing, ${skus} SKUs, ${CHANGED} changed; node ${process.version}`);
console.log("Calls as the simulators logged them (shop logins left out); Lagerbro's call budgets lifted.\n");
const header = ["warehouse", "step", "warehouse calls", "shop calls", "result", "ms"];
const table = [header, ...all.map((r) => [r.warehouse, r.step, r.warehouseCalls, r.shopCalls, r.result, r.ms ? String(r.ms) : ""])];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd());
await closeDb();
await db.stop();
