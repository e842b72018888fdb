/**
 * Orders per second through the Inngest functions, run in-process by @inngest/test's engine
 * (the local worker), against the partner simulators on 127.0.0.1 with zero latency and no
 * faults; Inngest steps and partner calls per order. An in-memory embedded Postgres is the database.
 * By default Lagerbro's own per-connection call budgets are lifted too, so the figure is the
 * engine's; the table then says what the budgets allow. `--with-budgets` keeps them.
 * Usage: npm run bench:pipeline [-- <orders per warehouse>] [--with-budgets]
 */
import { randomBytes } from "node:crypto";

const withBudgets = process.argv.includes("--with-budgets");
const orders = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 200);
if (!Number.isInteger(orders) || orders < 1 || orders > 1000) {
  console.error("usage: bench-pipeline [orders per warehouse, 1..1000]");
  process.exit(2);
}

const { startEmbeddedPostgres } = await import("../db/embedded");
const { runMigrations } = await import("../db/migrate");
const db = await startEmbeddedPostgres({ dir: "memory://", port: 0 });
await runMigrations(db.url);
Object.assign(process.env, {
  DATABASE_URL: db.url,
  LAGERBRO_ENV: "test",
  ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  ALLOW_PRIVATE_URLS: "true",
});

const { runPipeline } = await import("./bench-pipeline/run");
const { renderBudgetNote, renderPipelineTable } = await import("./bench-pipeline/table");
const { closeDb } = await import("../db/client");
const { listConnectors } = await import("../lib/connectors");
const budgets = Object.fromEntries(listConnectors().flatMap((c) => (c.callBudget ? [[c.id, c.callBudget] as const] : [])));
if (!withBudgets) for (const connector of listConnectors()) (connector as { callBudget?: unknown }).callBudget = undefined;

await runPipeline("wemalo", 5); // warm-up: module loading and JIT, not measured
const runs = [];
for (const kind of ["wemalo", "ongoing"] as const) runs.push(await runPipeline(kind, orders));
console.log(`bench:pipeline: ${orders} orders per warehouse, plentymarkets as the source, node ${process.version}`);
console.log(withBudgets ? "Lagerbro's per-connection call budgets: kept\n" : "Lagerbro's per-connection call budgets: lifted (--with-budgets keeps them)\n");
console.log(renderPipelineTable(runs));
console.log(`\n${renderBudgetNote(runs, budgets)}`);
await closeDb();
await db.stop();
