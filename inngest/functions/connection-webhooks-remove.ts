import { removeConnectionWebhooks } from "@/lib/webhooks/register";
import { connectionWebhooksRemove, inngest } from "../client";
import { retriableOnly } from "../retriable";

/** connection.webhooks.remove (a link was deleted): our webhooks go from a connection nothing uses. */
export const connectionWebhooksRemoveFn = inngest.createFunction(
  {
    id: "connection-webhooks-remove",
    name: "Webhooks: remove an unused connection's webhooks",
    triggers: [connectionWebhooksRemove],
    concurrency: { key: "event.data.connectionId", limit: 1 },
    retries: 4,
  },
  async ({ event, step }) => {
    const { tenantId, connectionId } = event.data;
    return step.run("remove-at-partner", () => retriableOnly(() => removeConnectionWebhooks(tenantId, connectionId)));
  },
);
