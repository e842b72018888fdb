import { existsSync, readFileSync } from "node:fs";

/**
 * Points the lib code that a spec imports at the database of the e2e server (its embedded
 * Postgres listens on E2E_PORT + 1000, see playwright.config.ts), with the server's key ring, so
 * data set up here is what the browser sees. Call before importing anything from lib/.
 */
export function useServerDatabase(): void {
  const port = Number(process.env.E2E_PORT ?? 3100);
  process.env.DATABASE_URL ??= `postgres://postgres@127.0.0.1:${port + 1000}/postgres`;
  delete process.env.APP_DATABASE_URL;
  process.env.LAGERBRO_ENV = "test";
  process.env.ALLOW_PRIVATE_URLS = "true";
  const keys = ".data/encryption-keys";
  process.env.ENCRYPTION_KEYS ??= existsSync(keys) ? readFileSync(keys, "utf8").trim() : `e2e:${Buffer.alloc(32, 7).toString("base64")}`;
}
