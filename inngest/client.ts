import { Inngest } from "inngest";

/**
 * The one Inngest client. The SDK reads INNGEST_DEV, INNGEST_EVENT_KEY, INNGEST_SIGNING_KEY and
 * INNGEST_BASE_URL from the environment itself (lib/env/schema.ts checks and documents them).
 * The typed events are in ./events.
 */
export const inngest = new Inngest({ id: "lagerbro" });

export * from "./events";
