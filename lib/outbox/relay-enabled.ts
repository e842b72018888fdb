import type { Env } from "@/lib/env";

/**
 * Whether the app relays its outbox to Inngest. Production always does (Inngest is the one
 * production path). Elsewhere only when an Inngest server is configured; without one, events wait
 * for the local worker (`npm run worker:local`) instead of piling up failed attempts.
 */
export function shouldRelayToInngest(env: Pick<Env, "LAGERBRO_ENV" | "INNGEST_DEV" | "INNGEST_BASE_URL" | "INNGEST_EVENT_KEY">): boolean {
  if (env.LAGERBRO_ENV === "production") return true;
  if (env.LAGERBRO_ENV === "test") return false;
  return Boolean(env.INNGEST_DEV || env.INNGEST_BASE_URL || env.INNGEST_EVENT_KEY);
}
