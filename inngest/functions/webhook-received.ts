import { processWebhookDelivery } from "@/lib/webhooks/process-delivery";
import { inngest, webhookReceived } from "../client";
import { retriableOnly } from "../retriable";

/**
 * webhook.received: a stored partner webhook is parsed by its connector and applied to the links
 * that use the connection. One at a time per connection, so a burst of deliveries about the same
 * orders does not race; a repeat of the event finds the delivery done and does nothing.
 */
export const webhookReceivedFn = inngest.createFunction(
  {
    id: "webhook-received",
    name: "Webhook: process a stored delivery",
    triggers: [webhookReceived],
    concurrency: { key: "event.data.connectionId", limit: 1 },
    retries: 5,
  },
  async ({ event, step }) => {
    const { tenantId, deliveryId } = event.data;
    return step.run("apply-delivery", () => retriableOnly(() => processWebhookDelivery(tenantId, deliveryId)));
  },
);
