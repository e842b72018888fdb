import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Applies the committed drizzle-kit migrations as the owner; the same SQL serves PGlite and Postgres. */
export async function runMigrations(ownerUrl: string, appPassword?: string): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder });
    if (appPassword) await client.unsafe(`alter role lagerbro_app password ${quoteLiteral(appPassword)}`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
