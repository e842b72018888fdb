import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Postgres for a machine without one: PGlite (data in `dir`, or in memory for "memory://"),
 * served over the Postgres wire protocol so the app keeps its one driver (`postgres`).
 * The socket server multiplexes connections and keeps a transaction on the connection that began it.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; host?: string }): Promise<EmbeddedPostgres> {
  if (!options.dir.startsWith("memory://")) mkdirSync(options.dir, { recursive: true });
  const db = await PGlite.create(options.dir);
  const host = options.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: 32 });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
