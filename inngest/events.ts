import { eventType } from "inngest";
import { z } from "zod";
import { cancelRequestedData, orderReceivedData, PIPELINE_EVENTS, shipmentCreatedData } from "@/lib/pipeline/events";
import { productSyncRequestedData, stockSyncRequestedData, SYNC_EVENTS } from "@/lib/products/events";
import {
  CONNECTION_WEBHOOKS_REMOVE,
  connectionWebhooksRemoveData,
  LINK_WEBHOOKS_REGISTER,
  linkWebhooksRegisterData,
  WEBHOOK_RECEIVED,
  webhookReceivedData,
} from "@/lib/webhooks/events";

// The events lib/pipeline writes to the outbox take their names and schemas from there (one
// contract); the others are the fan-outs and the manual controls.
// Every event names its tenant: the relay and the local worker route on it, and each function
// opens its transactions with withTenant(event.data.tenantId, ...). No `.transform()` here:
// Inngest v4 refuses schemas whose input and output differ.
const id = z.uuid();
const linkScoped = z.object({ tenantId: id, linkId: id });
const orderScoped = z.object({ tenantId: id, linkId: id, orderId: id });

/** Cron fan-out → one per active link: list the source's ready orders since the cursor. */
export const linkIntakeRequested = eventType("link.intake.requested", { schema: linkScoped });
/** A new order is stored; order-send picks it up. */
export const orderReceived = eventType(PIPELINE_EVENTS.orderReceived, { schema: orderReceivedData });
/** Cron fan-out → one per active link: warehouse changes since the cursor. */
export const linkStatusPollRequested = eventType("link.status-poll.requested", { schema: linkScoped });
/** A shipment is stored; tracking-write-back writes it to the source once. */
export const shipmentCreated = eventType(PIPELINE_EVENTS.shipmentCreated, { schema: shipmentCreatedData });
/** A cancellation seen at the source, or the merchant's button. */
export const orderCancelRequested = eventType(PIPELINE_EVENTS.cancelRequested, { schema: cancelRequestedData });
/** The merchant fixed the cause of an exception: run order-send again. */
export const orderRetryRequested = eventType("order.retry.requested", {
  schema: orderScoped.extend({ exceptionId: id.optional(), requestedBy: id.optional() }),
});
/** Submit the order to the warehouse again (an idempotent upsert there). */
export const orderResendRequested = eventType("order.resend.requested", { schema: orderScoped.extend({ requestedBy: id.optional() }) });
/** Manual controls for a link: paused links are skipped by every fan-out and stop running work. */
export const linkPaused = eventType("link.paused", { schema: linkScoped.extend({ requestedBy: id.optional() }) });
export const linkResumed = eventType("link.resumed", { schema: linkScoped.extend({ requestedBy: id.optional() }) });
/** Cron fan-out → one per active link: returns announced at the source and booked in at the warehouse. */
export const linkReturnsRequested = eventType("link.returns.requested", { schema: linkScoped });
/** Cron fan-out → one per active link: compare recent orders on both sides and report drift. */
export const linkReconcileRequested = eventType("link.reconcile.requested", { schema: linkScoped });

/** A partner's webhook is stored (lib/webhooks); webhook-received parses and applies it. */
export const webhookReceived = eventType(WEBHOOK_RECEIVED, { schema: webhookReceivedData });
/** A link was activated: register our webhook endpoint at its partners. */
export const linkWebhooksRegister = eventType(LINK_WEBHOOKS_REGISTER, { schema: linkWebhooksRegisterData });
/** A link was deleted: remove the webhooks of a connection nothing uses any more. */
export const connectionWebhooksRemove = eventType(CONNECTION_WEBHOOKS_REMOVE, { schema: connectionWebhooksRemoveData });

/** Cron fan-out per link, the "sync now" button and activation: products, shop → warehouse (lib/products). */
export const productSyncRequested = eventType(SYNC_EVENTS.productSyncRequested, { schema: productSyncRequestedData });
/** Cron fan-out per link and the "sync now" button: stock, warehouse → shop (lib/stock). */
export const stockSyncRequested = eventType(SYNC_EVENTS.stockSyncRequested, { schema: stockSyncRequestedData });

/** Every event the pipeline knows, by name: the outbox may only carry these. */
export const pipelineEvents = {
  [linkIntakeRequested.name]: linkIntakeRequested,
  [orderReceived.name]: orderReceived,
  [linkStatusPollRequested.name]: linkStatusPollRequested,
  [shipmentCreated.name]: shipmentCreated,
  [orderCancelRequested.name]: orderCancelRequested,
  [orderRetryRequested.name]: orderRetryRequested,
  [orderResendRequested.name]: orderResendRequested,
  [linkPaused.name]: linkPaused,
  [linkResumed.name]: linkResumed,
  [linkReturnsRequested.name]: linkReturnsRequested,
  [linkReconcileRequested.name]: linkReconcileRequested,
  [webhookReceived.name]: webhookReceived,
  [linkWebhooksRegister.name]: linkWebhooksRegister,
  [connectionWebhooksRemove.name]: connectionWebhooksRemove,
  [productSyncRequested.name]: productSyncRequested,
  [stockSyncRequested.name]: stockSyncRequested,
} as const;

export type PipelineEventName = keyof typeof pipelineEvents;
