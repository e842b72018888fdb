import { cancelOrder } from "@/lib/pipeline/cancel";
import { recordFailure } from "@/lib/pipeline/record-failure";
import { inngest, orderCancelRequested } from "../client";
import { perLinkAndOrder } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * A cancellation from the shop or the merchant's button: cancelled at the warehouse while it has
 * not started, otherwise an exception that says it already has. Not cancelled by a pause: a
 * request to stop work must not be stopped itself.
 */
export const cancelOrderFn = inngest.createFunction(
  {
    id: "cancel-order",
    name: "Cancel an order",
    triggers: [orderCancelRequested],
    concurrency: [...perLinkAndOrder],
    retries: 6,
    onFailure: async ({ event, error, step }) => {
      const { tenantId, orderId } = event.data.event.data;
      return step.run("record-failure", () => recordFailure(tenantId, orderId, error, "Cancelling at the warehouse"));
    },
  },
  async ({ event, step }) => {
    const { tenantId, orderId, origin } = event.data;
    return step.run("cancel-at-warehouse", () => retriableOnly(() => cancelOrder(tenantId, orderId, origin)));
  },
);
