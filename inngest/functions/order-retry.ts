import { retryOrder } from "@/lib/pipeline/retry-order";
import { inngest, orderResendRequested, orderRetryRequested } from "../client";
import { perLinkAndOrder } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * The merchant's retry (after fixing the cause) and resend buttons: the order's exceptions are
 * closed and order.received is announced again, so order-send runs as for a new order. The
 * warehouse's submit is an upsert on the order number, so a resend never makes a second order.
 */
export const orderRetry = inngest.createFunction(
  { id: "order-retry", name: "Order retry / resend", triggers: [orderRetryRequested, orderResendRequested], concurrency: [...perLinkAndOrder], retries: 3 },
  async ({ event, step }) => {
    const { tenantId, orderId, requestedBy } = event.data;
    return step.run("reopen-order", () => retriableOnly(() => retryOrder(tenantId, orderId, requestedBy ? { by: requestedBy } : {})));
  },
);
