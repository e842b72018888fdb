import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { parseEnv } from "../lib/env/schema";

export interface Runtime {
  env: NodeJS.ProcessEnv;
  embedded?: EmbeddedPostgres;
}

/**
 * Validates the environment, starts the embedded Postgres when no DATABASE_URL is given,
 * applies the migrations, and returns the environment for the Next.js process.
 */
export async function prepareRuntime(): Promise<Runtime> {
  const env = parseEnv(process.env);
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  let embedded: EmbeddedPostgres | undefined;

  if (!env.DATABASE_URL) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({ dir: env.EMBEDDED_DB_DIR, port: env.EMBEDDED_DB_PORT });
    console.log(`[lagerbro] embedded Postgres (PGlite) in ${env.EMBEDDED_DB_DIR} on ${embedded.url} (${Date.now() - started} ms)`);
    childEnv.DATABASE_URL = embedded.url;
  }
  await runMigrations(childEnv.DATABASE_URL!, env.APP_DATABASE_PASSWORD);
  console.log("[lagerbro] migrations applied");

  if (env.LAGERBRO_ENV !== "production") {
    if (!env.AUTH_SECRET) childEnv.AUTH_SECRET = localSecret("auth-secret", () => randomBytes(32).toString("base64"));
    // The sandbox partners live on this very server (localhost), so development allows private addresses.
    if (process.env.ALLOW_PRIVATE_URLS === undefined) childEnv.ALLOW_PRIVATE_URLS = "true";
    // A newcomer can try the whole flow at once: the simulators are mounted unless switched off.
    if (process.env.SANDBOX_ENABLED === undefined) childEnv.SANDBOX_ENABLED = "true";
    if (!env.ENCRYPTION_KEYS) childEnv.ENCRYPTION_KEYS = localSecret("encryption-keys", () => `dev:${randomBytes(32).toString("base64")}`);
  }
  // Links in mails point at this server unless APP_URL says where users reach it.
  childEnv.APP_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;
  childEnv.AUTH_URL ??= childEnv.APP_URL;
  return { env: childEnv, embedded };
}

/** A secret made once per checkout and kept in .data (git-ignored), so restarts keep sessions and credentials readable. */
function localSecret(name: string, make: () => string): string {
  const file = path.join(".data", name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = make();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
