import { cron } from "inngest";
import { listActiveLinks } from "@/lib/pipeline/links";
import { fanOutEvents, linksDue } from "@/lib/schedule/links-due";
import { inngest, linkIntakeRequested } from "../client";

/** Every minute: one link.intake.requested for each active link whose schedule is due. */
export const intakeFanOut = inngest.createFunction({ id: "intake-fan-out", name: "Intake: fan out to links", triggers: [cron("* * * * *")] }, async ({ step }) => {
  const events = await step.run("list-due-links", async () => {
    const now = new Date();
    return fanOutEvents(linkIntakeRequested.name, linksDue(await listActiveLinks(), now), now);
  });
  if (events.length > 0) await step.sendEvent("fan-out", events);
  return { links: events.length };
});
