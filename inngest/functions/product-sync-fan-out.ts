import { cron } from "inngest";
import { listSyncLinks, syncFanOutEvents } from "@/lib/products/sync-links";
import { inngest, productSyncRequested } from "../client";

/** Every hour: one product sync per active link with product sync on (changes since its cursor). */
export const productSyncFanOut = inngest.createFunction(
  { id: "product-sync-fan-out", name: "Product sync: fan out to links", triggers: [cron("17 * * * *")] },
  async ({ step }) => {
    const events = await step.run("list-links", async () => syncFanOutEvents(productSyncRequested.name, await listSyncLinks("products"), new Date(), 60));
    if (events.length > 0) await step.sendEvent("fan-out", events);
    return { links: events.length };
  },
);
