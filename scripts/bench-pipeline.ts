/**
 * Orders per second through the Inngest functions, run in-process by @inngest/test's engine
 * (the local worker), against the partner simulators on 127.0.0.1 with zero latency and no
 * faults; Inngest steps and partner calls per order. An in-memory embedded Postgres is the database.
 * Usage: npm run bench:pipeline [-- <orders per warehouse>]
 */
import { randomBytes } from "node:crypto";

const orders = Number(process.argv[2] ?? 200);
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
const { renderPipelineTable } = await import("./bench-pipeline/table");
const { closeDb } = await import("../db/client");

await runPipeline("wemalo", 5); // warm-up: module loading and JIT, not measured
const runs = [];
for (const kind of ["wemalo", "ongoing"] as const) runs.push(await runPipeline(kind, orders));
console.log(`bench:pipeline: ${orders} orders per warehouse, plentymarkets as the source, node ${process.version}\n`);
console.log(renderPipelineTable(runs));
await closeDb();
await db.stop();
