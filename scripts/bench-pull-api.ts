/**
 * The Pull API at volume: seeds 1,000,000 orders over 10 tenants into a scratch database, one
 * customer (4711) holding 1,000 of them, then prints p50/p95 of the shop's list and detail calls.
 * Each call goes through the route handlers in-process (app/api/pull/v1/…: Bearer key lookup,
 * zod, the lib/pull-api queries as lagerbro_app under row-level security, mapping, JSON), not over
 * HTTP. Also prints the EXPLAIN ANALYZE of the list and detail queries and fails on a Seq Scan
 * on orders. Database: DATABASE_URL, else the local server postgres://postgres@127.0.0.1:5432 when
 * it answers (a scratch database is created there and dropped), else an embedded Postgres.
 * Usage: npm run bench:pull-api [-- <orders, default 1000000>] [--runs=<n, default 200>]
 */
import postgres from "postgres";

const orderCount = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 1_000_000);
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 200);
if (!Number.isInteger(orderCount) || orderCount < 10_000 || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: bench-pull-api [orders >= 10000] [--runs=n]");
  process.exit(2);
}
const log = (line: string) => console.log(line);

const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";
async function serverAnswers(url: string): Promise<boolean> {
  const probe = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}
if (!process.env.DATABASE_URL && (await serverAnswers(LOCAL_SERVER))) process.env.DATABASE_URL = LOCAL_SERVER;

const { openScratchDatabase } = await import("./bench-orders-list/database");
const { runMigrations } = await import("../db/migrate");
const db = await openScratchDatabase();
let failed = false;
try {
  log(`Scratch database (${db.kind}); migrating and seeding ${orderCount.toLocaleString("en")} orders…`);
  await runMigrations(db.url);
  const { seedPullWorld, TARGET_CUSTOMER } = await import("./bench-pull-api/seed");
  const world = await seedPullWorld(db.url, orderCount, log);
  process.env.DATABASE_URL = db.url;
  delete process.env.APP_DATABASE_URL;

  const { appDatabaseUrl } = await import("../db/urls");
  const { closeDb, withTenant } = await import("../db");
  const { createApiKey } = await import("../lib/pull-api/keys");
  const { customerOrderQuery, customerOrdersPageQuery } = await import("../lib/pull-api/customer-orders");
  const { explain, seqScansOnOrders } = await import("./bench-orders-list/explain");
  const { measure } = await import("./bench-orders-list/measure");
  const { pullBenchCases } = await import("./bench-pull-api/cases");
  const { callPullRoute } = await import("./bench-pull-api/route-call");

  const { key } = await createApiKey(world.tenantId, { name: "bench" });
  const invoiceNumbers: string[] = [];
  for (const n of world.targetOrderNumbers) {
    const { status } = await callPullRoute(`${TARGET_CUSTOMER}/invoices/${n}`, key);
    if (status === 200) invoiceNumbers.push(n);
  }
  log(`\n${world.orders.toLocaleString("en")} orders; customer ${TARGET_CUSTOMER} holds ${world.targetOrderNumbers.length} in the measured tenant (${invoiceNumbers.length} invoiced). ${runs} timed calls per case, through the route handlers in-process.\n`);

  const results: { name: string; p50: number; p95: number; bytes: number }[] = [];
  for (const bench of pullBenchCases(TARGET_CUSTOMER, world.targetOrderNumbers, invoiceNumbers)) {
    let i = 0;
    let bytes = 0;
    const call = async () => {
      const answer = await callPullRoute(bench.path(i++), key);
      if (answer.status !== 200) throw new Error(`${bench.name}: ${answer.status} ${answer.body}`);
      bytes = answer.body.length;
    };
    const timing = await measure(call, runs, 5);
    results.push({ name: bench.name, p50: timing.p50, p95: timing.p95, bytes });
  }
  const width = Math.max(...results.map((r) => r.name.length)) + 2;
  log(`${"call".padEnd(width)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"bytes".padStart(8)}`);
  for (const r of results) log(`${r.name.padEnd(width)}${r.p50.toFixed(2).padStart(9)}${r.p95.toFixed(2).padStart(9)}${String(r.bytes).padStart(8)}`);

  const scope = { tenantId: world.tenantId, customerNo: TARGET_CUSTOMER, invoicesOnly: false };
  const queries = await withTenant(world.tenantId, async (tx) => [
    { name: "orders page 1 (25)", query: customerOrdersPageQuery(tx, scope, {}, { limit: 25, offset: 0 }).toSQL() },
    { name: "orders one year, page 2 (invoices)", query: customerOrdersPageQuery(tx, { ...scope, invoicesOnly: true }, { from: "2025-01-01", to: "2025-12-31" }, { limit: 25, offset: 25 }).toSQL() },
    { name: "order detail", query: customerOrderQuery(tx, scope, world.targetOrderNumbers[500]!).toSQL() },
  ]);
  log("\nPlans (EXPLAIN ANALYZE as lagerbro_app, row-level security on):");
  for (const q of queries) {
    const plan = await explain(appDatabaseUrl(), world.tenantId, q.query);
    const shown = plan.split("\n").filter((line) => /Scan|Sort|Limit|Index Cond|Filter:|Execution Time/.test(line));
    log(`\n-- ${q.name}\n${shown.join("\n")}`);
    if (seqScansOnOrders(plan)) failed = true;
  }
  log(failed ? "\nFAIL: a Seq Scan on orders in a plan above." : "\nOK: no Seq Scan on orders.");
  await closeDb();
} finally {
  await db.drop();
}
process.exit(failed ? 1 : 0);
