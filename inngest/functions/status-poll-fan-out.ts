import { cron } from "inngest";
import { listActiveLinks } from "@/lib/pipeline/links";
import { fanOutEvents, linksDue } from "@/lib/schedule/links-due";
import { inngest, linkStatusPollRequested } from "../client";

/** Every minute: one link.status-poll.requested for each active link whose schedule is due. */
export const statusPollFanOut = inngest.createFunction(
  { id: "status-poll-fan-out", name: "Status poll: fan out to links", triggers: [cron("* * * * *")] },
  async ({ step }) => {
    const events = await step.run("list-due-links", async () => {
      const now = new Date();
      return fanOutEvents(linkStatusPollRequested.name, linksDue(await listActiveLinks(), now), now);
    });
    if (events.length > 0) await step.sendEvent("fan-out", events);
    return { links: events.length };
  },
);
