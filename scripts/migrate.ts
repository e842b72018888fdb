import { runMigrations } from "../db/migrate";
import { parseEnv } from "../lib/env/schema";

const env = parseEnv(process.env);
if (!env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: `npm run dev` and `npm start` migrate the embedded Postgres themselves.");
  process.exit(1);
}
await runMigrations(env.DATABASE_URL, env.APP_DATABASE_PASSWORD);
console.log("migrations applied");
