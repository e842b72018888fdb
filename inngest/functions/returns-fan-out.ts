import { cron } from "inngest";
import { listActiveLinks } from "@/lib/pipeline/links";
import { fanOutEvents } from "@/lib/schedule/links-due";
import { inngest, linkReturnsRequested } from "../client";

/** Every 15 minutes: one link.returns.requested per active link (returns are not urgent). */
export const returnsFanOut = inngest.createFunction({ id: "returns-fan-out", name: "Returns: fan out to links", triggers: [cron("*/15 * * * *")] }, async ({ step }) => {
  const events = await step.run("list-active-links", async () => fanOutEvents(linkReturnsRequested.name, await listActiveLinks(), new Date()));
  if (events.length > 0) await step.sendEvent("fan-out", events);
  return { links: events.length };
});
