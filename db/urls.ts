/**
 * Where the database is. The owner connection (DATABASE_URL) runs migrations; the app connects
 * as `lagerbro_app` (APP_DATABASE_URL, or DATABASE_URL with that user and APP_DATABASE_PASSWORD).
 * The dev and start scripts set DATABASE_URL to the embedded server when none is given.
 */
export function ownerDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which start the embedded Postgres when no DATABASE_URL is given");
  return url;
}

export function appDatabaseUrl(): string {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const url = new URL(ownerDatabaseUrl());
  url.username = "lagerbro_app";
  url.password = process.env.APP_DATABASE_PASSWORD ?? "";
  return url.toString();
}
