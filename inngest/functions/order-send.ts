import { sendOrder } from "@/lib/pipeline/send-order";
import { recordFailure } from "@/lib/pipeline/record-failure";
import { inngest, orderReceived } from "../client";
import { cancelWhenLinkPaused, perLinkAndOrder } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * order.received: validate, submit to the warehouse (an upsert on the order number, so a retry
 * never makes a second warehouse order), acknowledge at the source. Validation problems and
 * refusals become exceptions (and the source's problem status) inside sendOrder; transient
 * failures are retried with Inngest's backoff.
 */
export const orderSend = inngest.createFunction(
  {
    id: "order-send",
    name: "Order send",
    triggers: [orderReceived],
    concurrency: [...perLinkAndOrder],
    cancelOn: cancelWhenLinkPaused,
    retries: 6,
    // Retries ran out (or a NonRetriableError): an exception on the order, with the last error.
    onFailure: async ({ event, error, step }) => {
      const { tenantId, orderId } = event.data.event.data;
      return step.run("record-failure", () => recordFailure(tenantId, orderId, error, "Sending the order to the warehouse"));
    },
  },
  async ({ event, step }) => {
    const { tenantId, orderId } = event.data;
    return step.run("send-to-warehouse", () => retriableOnly(() => sendOrder(tenantId, orderId)));
  },
);
