import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { appDatabaseUrl } from "./urls";

export type Database = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface Cached {
  url: string;
  client: postgres.Sql;
  db: Database;
}

// Cached on globalThis so that hot reload in development does not open a new pool each time.
const holder = globalThis as unknown as { __lagerbroDb?: Cached };

/** The app's connection: as the role that owns nothing, so row-level security applies. */
export function getDb(): Database {
  const url = appDatabaseUrl();
  if (holder.__lagerbroDb?.url !== url) {
    const client = postgres(url, { max: 8, onnotice: () => {} });
    holder.__lagerbroDb = { url, client, db: drizzle(client, { schema }) };
  }
  return holder.__lagerbroDb.db;
}

export async function closeDb(): Promise<void> {
  const cached = holder.__lagerbroDb;
  holder.__lagerbroDb = undefined;
  await cached?.client.end({ timeout: 5 });
}
