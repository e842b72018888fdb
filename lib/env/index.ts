import { parseEnv, type Env } from "./schema";

export { EnvError, parseEnv, type Env } from "./schema";

let cached: Env | undefined;

/** The validated environment, parsed once on first use (at start-up via instrumentation.ts). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isProduction(): boolean {
  return env().LAGERBRO_ENV === "production";
}
