import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../db/embedded";

export interface BenchDatabase {
  /** Owner URL of the scratch database. */
  url: string;
  kind: "server" | "embedded";
  drop(): Promise<void>;
}

/**
 * A scratch database: on the server of DATABASE_URL (created here, dropped at the end), or an
 * in-memory embedded Postgres when none is given.
 */
export async function openScratchDatabase(): Promise<BenchDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dir: "memory://", port: 0 });
    return { url: embedded.url, kind: "embedded", drop: () => embedded.stop() };
  }
  const name = `lagerbro_bench_orders_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "server",
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
