/**
 * The orders page's queries at volume: seeds 1,000,000 orders over 100 tenants (100,000 in one)
 * into a scratch database, then prints p50/p95 of the list, filter and search queries (run
 * through lib/orders-query as the app runs them: lagerbro_app, row-level security, keyset pages
 * of 50) with their EXPLAIN ANALYZE plans, and checks that no plan scans the orders table
 * sequentially. DATABASE_URL: a Postgres server to create (and drop) the scratch database on;
 * without it an in-memory embedded Postgres is used (slow at this volume).
 * Usage: npm run bench:orders-list [-- <orders, default 1000000>] [--runs=<n, default 50>] [--plans=short|full]
 */
import postgres from "postgres";

const orderCount = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 1_000_000);
const runs = Number(process.argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 50);
const fullPlans = process.argv.includes("--plans=full");
if (!Number.isInteger(orderCount) || orderCount < 1000 || !Number.isInteger(runs) || runs < 1) {
  console.error("usage: bench-orders-list [orders >= 1000] [--runs=n] [--plans=short|full]");
  process.exit(2);
}

const { openScratchDatabase } = await import("./bench-orders-list/database");
const { runMigrations } = await import("../db/migrate");
const log = (line: string) => console.log(line);

const db = await openScratchDatabase();
let failed = false;
try {
  log(`Scratch database (${db.kind}); migrating and seeding ${orderCount.toLocaleString("en")} orders…`);
  await runMigrations(db.url);
  const { seedOrders } = await import("./bench-orders-list/seed");
  const world = await seedOrders(db.url, orderCount, log);
  process.env.DATABASE_URL = db.url;
  delete process.env.APP_DATABASE_URL;

  const { appDatabaseUrl } = await import("../db/urls");
  const { closeDb, withTenant } = await import("../db");
  const { listOrders, ordersPageQuery } = await import("../lib/orders-query/list-orders");
  const { decodeCursor, encodeCursor } = await import("../lib/orders-query/cursor");
  const { listLinkHealth } = await import("../lib/health/link-health");
  const { benchCases } = await import("./bench-orders-list/cases");
  const { explain, seqScansOnOrders } = await import("./bench-orders-list/explain");
  const { measure } = await import("./bench-orders-list/measure");

  const owner = postgres(db.url, { max: 1, onnotice: () => {} });
  const deepOffset = Math.min(5000, Math.floor(orderCount / 20));
  const [deep] = await owner<{ at: string; id: string }[]>`select received_at::text as at, id from orders where tenant_id = ${world.bigTenantId} order by received_at desc, id desc offset ${deepOffset} limit 1`;
  const [big] = await owner<{ n: string }[]>`select count(*)::text as n from orders where tenant_id = ${world.bigTenantId}`;
  const bigOrders = big!.n;
  await owner.end();

  log(`\n${world.orders.toLocaleString("en")} orders in total, ${Number(bigOrders).toLocaleString("en")} in the big tenant; ${runs} timed runs per query, pages of 50.\n`);
  const results: { name: string; p50: number; p95: number; rows: number; seqScan: boolean; plan: string }[] = [];
  for (const bench of benchCases(world, { cursor: encodeCursor(deep!), offset: deepOffset })) {
    const tenantId = bench.tenant === "big" ? world.bigTenantId : world.smallTenantId;
    const page = await listOrders(tenantId, bench.input);
    const timing = await measure(() => listOrders(tenantId, bench.input), runs);
    const query = await withTenant(tenantId, async (tx) =>
      ordersPageQuery(tx, tenantId, bench.input, { after: decodeCursor(bench.input.after), limit: 50 }).toSQL(),
    );
    const plan = await explain(appDatabaseUrl(), tenantId, query);
    results.push({ name: bench.name, p50: timing.p50, p95: timing.p95, rows: page.rows.length, seqScan: seqScansOnOrders(plan), plan });
  }
  const health = await measure(() => listLinkHealth(world.bigTenantId), Math.min(runs, 20));

  const width = Math.max(...results.map((r) => r.name.length)) + 2;
  log(`${"query".padEnd(width)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"rows".padStart(6)}  orders scan`);
  for (const r of results) {
    log(`${r.name.padEnd(width)}${r.p50.toFixed(2).padStart(9)}${r.p95.toFixed(2).padStart(9)}${String(r.rows).padStart(6)}  ${r.seqScan ? "SEQ SCAN" : "index"}`);
  }
  log(`${"home: link health (big tenant)".padEnd(width)}${health.p50.toFixed(2).padStart(9)}${health.p95.toFixed(2).padStart(9)}`);

  log("\nPlans (EXPLAIN ANALYZE as lagerbro_app, row-level security on):");
  for (const r of results) {
    const lines = r.plan.split("\n");
    const shown = fullPlans ? lines : lines.filter((line) => /Scan|Sort|Limit|Bitmap|Index Cond|Filter:|Execution Time|Append|Merge/.test(line));
    log(`\n-- ${r.name}\n${shown.join("\n")}`);
  }
  const seq = results.filter((r) => r.seqScan);
  failed = seq.length > 0;
  log(failed ? `\nFAIL: Seq Scan on orders in: ${seq.map((r) => r.name).join("; ")}` : `\nOK: no Seq Scan on orders in any of the ${results.length} plans.`);
  await closeDb();
} finally {
  await db.drop();
}
process.exit(failed ? 1 : 0);
