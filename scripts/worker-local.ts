/**
 * The local worker, for development and tests on machines without an Inngest server: it takes
 * the events the outbox would send to Inngest and runs the matching functions in this process
 * through @inngest/test's engine (sleeps end at once, sent events go back into the outbox), and
 * runs the cron functions on their schedules. Never part of the production build or deployment.
 * Usage: npm run worker:local   (beside `npm run dev`, which serves the embedded database)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../lib/env/schema";

const env = parseEnv(process.env);
if (env.LAGERBRO_ENV === "production") {
  console.error("worker:local is for development and tests only; production delivers events through Inngest.");
  process.exit(1);
}
// Same database and keys as `npm run dev`: the embedded Postgres it serves, the keys it keeps in .data.
process.env.DATABASE_URL ??= `postgres://postgres@127.0.0.1:${env.EMBEDDED_DB_PORT}/postgres`;
const keyFile = path.join(".data", "encryption-keys");
if (!process.env.ENCRYPTION_KEYS && existsSync(keyFile)) process.env.ENCRYPTION_KEYS = readFileSync(keyFile, "utf8").trim();
process.env.ALLOW_PRIVATE_URLS ??= "true";

const { closeDb } = await import("../db/client");
const { functions } = await import("../inngest/index");
const { createLocalWorker } = await import("../inngest/local/worker");
const { startOutboxLoop } = await import("../lib/outbox/relay-runner");

const log = (line: string) => console.log(`[worker:local] ${line}`);
const worker = createLocalWorker({ functions, log });
const loop = startOutboxLoop({
  path: "local_worker",
  intervalMs: 500,
  batchSize: 50,
  pass: async () => {
    const result = await worker.deliverDue();
    if (result.claimed > 0) log(`delivered ${result.sent} of ${result.claimed} event(s)`);
    return result;
  },
  onError: (error) => log(`pass failed: ${error instanceof Error ? error.message : String(error)}`),
});
const crons = setInterval(() => {
  worker.runDueCrons().catch((error) => log(`cron failed: ${error instanceof Error ? error.message : String(error)}`));
}, 5_000);
log(`running ${functions.length} functions against ${new URL(process.env.DATABASE_URL).host}; Ctrl-C stops`);

const stop = async () => {
  clearInterval(crons);
  await loop.stop();
  await closeDb();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
