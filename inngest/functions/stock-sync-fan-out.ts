import { cron } from "inngest";
import { listSyncLinks, syncFanOutEvents } from "@/lib/products/sync-links";
import { inngest, stockSyncRequested } from "../client";

/** Every 15 minutes: one stock sync per active link with stock sync on (changes since its cursor). */
export const stockSyncFanOut = inngest.createFunction(
  { id: "stock-sync-fan-out", name: "Stock sync: fan out to links", triggers: [cron("*/15 * * * *")] },
  async ({ step }) => {
    const events = await step.run("list-links", async () => syncFanOutEvents(stockSyncRequested.name, await listSyncLinks("stock"), new Date(), 15));
    if (events.length > 0) await step.sendEvent("fan-out", events);
    return { links: events.length };
  },
);
