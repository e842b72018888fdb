import { cron } from "inngest";
import { listActiveLinks } from "@/lib/pipeline/links";
import { fanOutEvents } from "@/lib/schedule/links-due";
import { inngest, linkReconcileRequested } from "../client";

/** Every 30 minutes: one link.reconcile.requested per active link. */
export const reconcileFanOut = inngest.createFunction(
  { id: "reconcile-fan-out", name: "Reconciliation: fan out to links", triggers: [cron("*/30 * * * *")] },
  async ({ step }) => {
    const events = await step.run("list-active-links", async () => fanOutEvents(linkReconcileRequested.name, await listActiveLinks(), new Date()));
    if (events.length > 0) await step.sendEvent("fan-out", events);
    return { links: events.length };
  },
);
