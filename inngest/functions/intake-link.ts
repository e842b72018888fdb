import { pollSourceCancellations } from "@/lib/pipeline/cancel";
import { intakeLink } from "@/lib/pipeline/intake";
import { inngest, linkIntakeRequested, linkResumed } from "../client";
import { cancelWhenLinkPaused, onePerLink } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * Per link: the source's ready orders since the cursor are stored once and announced
 * (order.received); cancellations at the source become order.cancel_requested. A resumed link
 * catches up at once.
 */
export const intakeLinkFn = inngest.createFunction(
  {
    id: "intake-link",
    name: "Intake: one link",
    triggers: [linkIntakeRequested, linkResumed],
    concurrency: onePerLink,
    cancelOn: cancelWhenLinkPaused,
    retries: 4,
  },
  async ({ event, step }) => {
    const { tenantId, linkId } = event.data;
    const intake = await step.run("take-in-ready-orders", () => retriableOnly(() => intakeLink(tenantId, linkId)));
    const cancellations = await step.run("read-source-cancellations", () => retriableOnly(() => pollSourceCancellations(tenantId, linkId)));
    return { received: intake.received.length, duplicates: intake.duplicates, outcome: intake.outcome, cancellations: cancellations.requested.length };
  },
);
