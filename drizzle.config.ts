import { defineConfig } from "drizzle-kit";

// `drizzle-kit generate` needs no database; migrations are applied by scripts/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  entities: { roles: true },
});
