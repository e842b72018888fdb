import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded";
import { runMigrations } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "server" | "embedded";
  }
}

let embedded: EmbeddedPostgres | undefined;

/** Integration tests use DATABASE_URL when set, otherwise an in-memory embedded Postgres. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dir: "memory://", port: 0 });
    url = embedded.url;
  }
  await runMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("databaseKind", embedded ? "embedded" : "server");
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
