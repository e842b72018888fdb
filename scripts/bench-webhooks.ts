/**
 * Webhook intake throughput: N signed Webshipper webhooks over loopback against the BUILT app
 * (`npm start`, NEXT_DIST_DIR=.next-wh), and the same load against a bare route handler in the
 * same app that only reads the body and answers 200 (app/api/webhooks/bench-baseline, not in
 * production), in one run. Prints requests per second and p50/p99 of both, their ratio, and the
 * deliveries stored (must equal the accepted requests, each with one outbox event).
 *
 * Database: DATABASE_URL → a scratch database on that server (created and dropped here);
 * without it the app's own embedded Postgres in memory (EMBEDDED_DB_DIR=memory://).
 * Build: made when NEXT_DIST_DIR has none, or with --build.
 * Usage: npm run bench:webhooks [-- <requests, default 10000>] [--concurrency=<n, default 32>] [--build]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const total = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 10_000);
const concurrency = Number(process.argv.find((a) => a.startsWith("--concurrency="))?.slice(14) ?? 32);
const warmup = Math.min(500, Math.ceil(total / 10));
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error("usage: bench-webhooks [requests] [--concurrency=n] [--build]");
  process.exit(2);
}
const log = (line: string) => console.log(line);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-wh";

if (process.argv.includes("--build") || !existsSync(path.join(distDir, "BUILD_ID"))) {
  log(`Building the app into ${distDir}…`);
  execFileSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir } });
}

const { freePort, startBuiltApp } = await import("./bench-webhooks/server");
const { runLoad } = await import("./bench-webhooks/load");
const { signedWebhooks } = await import("./bench-webhooks/requests");
const { accepted, fmt, renderTable } = await import("./bench-webhooks/table");
const { countStored, seedEndpoint } = await import("./bench-webhooks/seed");

const serverUrl = process.env.DATABASE_URL;
let scratch: { url: string; kind: string; drop(): Promise<void> } | undefined;
const appEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_DIST_DIR: distDir,
  LAGERBRO_ENV: "test",
  LOG_LEVEL: "warn",
  ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  AUTH_SECRET: randomBytes(32).toString("base64"),
};
delete appEnv.APP_DATABASE_URL;
delete appEnv.INNGEST_DEV;
delete appEnv.INNGEST_EVENT_KEY;
delete appEnv.INNGEST_SIGNING_KEY;
let ownerUrl: string;
if (serverUrl) {
  const { openScratchDatabase } = await import("./bench-orders-list/database");
  scratch = await openScratchDatabase();
  const { runMigrations } = await import("../db/migrate");
  await runMigrations(scratch.url);
  ownerUrl = scratch.url;
  appEnv.DATABASE_URL = ownerUrl;
} else {
  const dbPort = await freePort();
  delete appEnv.DATABASE_URL;
  Object.assign(appEnv, { EMBEDDED_DB_DIR: "memory://", EMBEDDED_DB_PORT: String(dbPort) });
  ownerUrl = `postgres://postgres@127.0.0.1:${dbPort}/postgres`;
}

const app = await startBuiltApp(appEnv, await freePort(), log);
let failed = false;
try {
  Object.assign(process.env, { DATABASE_URL: ownerUrl, ENCRYPTION_KEYS: appEnv.ENCRYPTION_KEYS, LAGERBRO_ENV: "test" });
  delete process.env.APP_DATABASE_URL;
  const endpoint = await seedEndpoint();
  const { closeDb } = await import("../db");
  await closeDb();

  const intakeUrl = `${app.baseUrl}/api/webhooks/${endpoint.token}`;
  const baselineUrl = `${app.baseUrl}/api/webhooks/bench-baseline`;
  const warm = signedWebhooks(warmup, endpoint.secret, total);
  const load = signedWebhooks(total, endpoint.secret);
  log(`Warming up (${warmup} requests each, not measured)…`);
  const warmBaseline = await runLoad(baselineUrl, warm, concurrency);
  const warmIntake = await runLoad(intakeUrl, warm, concurrency);
  log(`Measuring: ${total.toLocaleString("en")} requests each, ${concurrency} at a time over keep-alive connections…`);
  const baseline = await runLoad(baselineUrl, load, concurrency);
  const intake = await runLoad(intakeUrl, load, concurrency);
  const stored = await countStored(ownerUrl, endpoint.connectionId);
  const acceptedIntake = accepted(warmIntake) + accepted(intake);

  log(`\nbench:webhooks: node ${process.version}, database ${scratch ? `server (${scratch.kind} scratch)` : "embedded PGlite in memory"}, ${distDir}`);
  log(renderTable([
    { name: "bare route handler (200)", result: baseline },
    { name: "webhook intake (verify + store + outbox)", result: intake },
  ]));
  log(`\nintake / baseline: ${fmt((intake.perSecond / baseline.perSecond) * 100)} % of the requests per second; p50 ×${fmt(intake.p50Ms / baseline.p50Ms, 2)}, p99 ×${fmt(intake.p99Ms / baseline.p99Ms, 2)}`);
  log(`stored deliveries: ${stored.deliveries.toLocaleString("en")} (accepted intake requests incl. ${warmup} warm-up: ${acceptedIntake.toLocaleString("en")}); webhook.received events: ${stored.events.toLocaleString("en")}`);
  failed = stored.deliveries !== acceptedIntake || stored.events !== acceptedIntake || accepted(warmBaseline) + accepted(baseline) !== warmup + total;
  log(failed ? "FAIL: stored deliveries differ from accepted requests" : "OK: every accepted request is stored once, with its event");
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await app.stop();
  await scratch?.drop();
}
process.exit(failed ? 1 : 0);
