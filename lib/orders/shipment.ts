import { z } from "zod";
import { timestampSchema } from "./dates";

export const shippedLineSchema = z.object({
  sku: z.string().min(1),
  quantity: z.number().int().positive(),
  /** The order line it belongs to, when the warehouse says. */
  lineRef: z.string().optional(),
});
export type ShippedLine = z.infer<typeof shippedLineSchema>;

export const parcelSchema = z.object({
  /** The warehouse's parcel id (wemalo goodsOrderParcelId, Ongoing parcel id). */
  parcelRef: z.string().optional(),
  trackingNumber: z.string().min(1),
  carrier: z.string().min(1),
  trackingUrl: z.url().optional(),
  weightGrams: z.number().int().nonnegative().optional(),
  /** Lines in this parcel, when the warehouse reports them per parcel. */
  lines: z.array(shippedLineSchema).optional(),
});
export type Parcel = z.infer<typeof parcelSchema>;

/**
 * What left the warehouse in one go. An order may have several shipments; `complete` is false
 * for a partial shipment (more to follow).
 */
export const shipmentSchema = z.object({
  /** Stable id so writing the same shipment back twice is recognised (warehouse shipment id or parcel ids). */
  shipmentRef: z.string().min(1),
  orderNumber: z.string().min(1),
  shippedAt: timestampSchema,
  parcels: z.array(parcelSchema).min(1),
  /** Lines shipped in this shipment, over all parcels. */
  lines: z.array(shippedLineSchema),
  complete: z.boolean(),
});
export type Shipment = z.infer<typeof shipmentSchema>;

