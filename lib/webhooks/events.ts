import { z } from "zod";

/** Announced (outbox, same transaction as the stored delivery); inngest/functions/webhook-received.ts processes it. */
export const WEBHOOK_RECEIVED = "webhook.received";
export const webhookReceivedData = z.object({ tenantId: z.uuid(), connectionId: z.uuid(), deliveryId: z.uuid() });
export type WebhookReceivedData = z.infer<typeof webhookReceivedData>;

/** On link activation: register our endpoint at the partners of both sides where their API allows. */
export const LINK_WEBHOOKS_REGISTER = "link.webhooks.register";
export const linkWebhooksRegisterData = z.object({ tenantId: z.uuid(), linkId: z.uuid() });

/** After a link is deleted: remove the webhooks of a connection no remaining link uses. */
export const CONNECTION_WEBHOOKS_REMOVE = "connection.webhooks.remove";
export const connectionWebhooksRemoveData = z.object({ tenantId: z.uuid(), connectionId: z.uuid() });
