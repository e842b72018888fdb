/**
 * Soak under faults: N orders over M tenants (plentymarkets → wemalo, Ongoing, Webshipper in turn)
 * through the whole pipeline on the simulators (intake, send, status by webhook and poll,
 * write-back), with a share of every partner's calls failing (timeouts, 5xx, 429 bursts with
 * Retry-After, malformed bodies, expired tokens) and every warehouse webhook delivered one to
 * three times through the real intake. Prints the four invariants (computed from the simulators'
 * books and the database) and the figures; exits 1 when an invariant fails.
 * DATABASE_URL: the Postgres to use (migrated first; the soak adds its tenants); without it an
 * in-memory embedded Postgres (slow at volume).
 * Usage: npm run soak [-- --orders=10000 --tenants=20 --fault-rate=0.2 --seed=1 --waves=10 --budget-minutes=0]
 * (or SOAK_ORDERS, SOAK_TENANTS, SOAK_FAULT_RATE, SOAK_SEED, SOAK_WAVES, SOAK_BUDGET_MINUTES)
 * The engine's retry errors (stack traces of every injected fault) are counted, not printed.
 */
import { randomBytes } from "node:crypto";

function option(name: string, fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const raw = flag ?? process.env[`SOAK_${name.toUpperCase().replaceAll("-", "_")}`];
  return raw === undefined || raw === "" ? fallback : Number(raw);
}

const orders = option("orders", 10_000);
const tenants = option("tenants", 20);
const faultRate = option("fault-rate", 0.2);
const seed = option("seed", 1);
const waves = option("waves", 10);
// 0 = no budget. With one, no new wave starts after that many minutes; what was made is settled and checked.
const budgetMinutes = option("budget-minutes", 0);
const problems = [
  !Number.isInteger(orders) || orders < 1 ? "--orders must be a whole number above 0" : "",
  !Number.isInteger(tenants) || tenants < 1 || tenants > orders ? "--tenants must be a whole number from 1 to --orders" : "",
  !(faultRate >= 0 && faultRate < 1) ? "--fault-rate must be at least 0 and below 1 (0.2 = 20 %)" : "",
  !Number.isInteger(seed) ? "--seed must be a whole number" : "",
  !Number.isInteger(waves) || waves < 1 ? "--waves must be a whole number above 0" : "",
  !(budgetMinutes >= 0) ? "--budget-minutes must be 0 (none) or more" : "",
].filter(Boolean);
if (problems.length) {
  console.error(`soak: ${problems.join("; ")}\nusage: npm run soak -- [--orders=10000] [--tenants=20] [--fault-rate=0.2] [--seed=1] [--waves=10] [--budget-minutes=0]`);
  process.exit(2);
}

const { startEmbeddedPostgres } = await import("../db/embedded");
const { runMigrations } = await import("../db/migrate");
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dir: "memory://", port: 0 });
const url = process.env.DATABASE_URL ?? embedded!.url;
await runMigrations(url);
Object.assign(process.env, {
  DATABASE_URL: url,
  LAGERBRO_ENV: "test",
  ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS ?? `soak:${randomBytes(32).toString("base64")}`,
  ALLOW_PRIVATE_URLS: "true",
});

// The Inngest SDK logs each failed step with its stack; thousands of injected faults would drown the figures.
let silenced = 0;
console.error = () => void silenced++;
console.warn = () => void silenced++;

const { runSoak, renderSoakReport, soakPassed } = await import("../lib/soak");
const { closeDb } = await import("../db/client");
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
let passed = false;
try {
  log(`soak: ${orders} orders, ${tenants} tenants, fault rate ${faultRate}, seed ${seed}, ${waves} waves, node ${process.version}, database ${embedded ? "embedded" : "DATABASE_URL"}`);
  const report = await runSoak({ orders, tenants, faultRate, seed, waves, log, ...(budgetMinutes > 0 ? { budgetMs: budgetMinutes * 60_000 } : {}) });
  console.log(`\n${renderSoakReport(report)}\n(${silenced} error/warning lines of the engine not printed)`);
  passed = soakPassed(report);
} catch (error) {
  process.stderr.write(`soak failed to run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
} finally {
  await closeDb();
  await embedded?.stop();
}
process.exit(passed ? 0 : 1);
