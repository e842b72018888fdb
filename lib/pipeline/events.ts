import { z } from "zod";

/**
 * The events the pipeline announces through the outbox. Part of the contract with the Inngest
 * functions: each name triggers one function, each payload names rows, never copies them.
 */
export const PIPELINE_EVENTS = {
  orderReceived: "order.received",
  shipmentCreated: "shipment.created",
  cancelRequested: "order.cancel_requested",
} as const;
export type PipelineEventName = (typeof PIPELINE_EVENTS)[keyof typeof PIPELINE_EVENTS];

export const orderReceivedData = z.object({ tenantId: z.uuid(), linkId: z.uuid(), orderId: z.uuid() });
export type OrderReceivedData = z.infer<typeof orderReceivedData>;

export const shipmentCreatedData = z.object({ tenantId: z.uuid(), linkId: z.uuid(), orderId: z.uuid(), shipmentId: z.uuid() });
export type ShipmentCreatedData = z.infer<typeof shipmentCreatedData>;

export const cancelRequestedData = z.object({
  tenantId: z.uuid(),
  linkId: z.uuid(),
  orderId: z.uuid(),
  /** Who asked: the shop (a cancelled status at the source) or the merchant's button. */
  origin: z.enum(["source", "merchant"]),
  reason: z.string().optional(),
});
export type CancelRequestedData = z.infer<typeof cancelRequestedData>;
