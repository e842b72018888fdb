import { pollSourceReturns, pollWarehouseReturns } from "@/lib/pipeline/returns";
import { inngest, linkReturnsRequested } from "../client";
import { cancelWhenLinkPaused, onePerLink } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * Per link: returns the shop registered are announced to the warehouse once; returns the
 * warehouse booked in are recorded and the source's return status is set.
 */
export const returnsLink = inngest.createFunction(
  { id: "returns-link", name: "Returns: one link", triggers: [linkReturnsRequested], concurrency: onePerLink, cancelOn: cancelWhenLinkPaused, retries: 4 },
  async ({ event, step }) => {
    const { tenantId, linkId } = event.data;
    const announced = await step.run("forward-source-returns", () => retriableOnly(() => pollSourceReturns(tenantId, linkId)));
    const booked = await step.run("record-warehouse-returns", () => retriableOnly(() => pollWarehouseReturns(tenantId, linkId)));
    return { announced, booked };
  },
);
