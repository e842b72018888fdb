import { z } from "zod";
import { timestampSchema } from "./dates";
import { orderRefSchema } from "./order";
import { shipmentSchema } from "./shipment";

/**
 * The closed set of order states every partner status maps to.
 * accepted: the warehouse holds the order and has not started; picking: work started (picking
 * list, picking); packed: picked and packed, not handed to the carrier; on_hold: packed or
 * reserved but deliberately held; shipped / partially_shipped: parcels left; error_*: waits
 * for a person; returned: came back (in whole or part); cancelled: will not ship.
 */
export const canonicalStatuses = [
  "accepted",
  "picking",
  "packed",
  "on_hold",
  "partially_shipped",
  "shipped",
  "cancelled",
  "error_address",
  "error_stock",
  "error_other",
  "returned",
] as const;
export const canonicalStatusSchema = z.enum(canonicalStatuses);
export type CanonicalStatus = z.infer<typeof canonicalStatusSchema>;

export const errorStatuses: readonly CanonicalStatus[] = ["error_address", "error_stock", "error_other"];
export const terminalStatuses: readonly CanonicalStatus[] = ["shipped", "cancelled", "returned"];

export function isErrorStatus(status: CanonicalStatus): boolean {
  return errorStatuses.includes(status);
}

export function isTerminalStatus(status: CanonicalStatus): boolean {
  return terminalStatuses.includes(status);
}

/** True while the warehouse has not started work, so a cancellation can still stop the order. */
export function isCancellable(status: CanonicalStatus): boolean {
  return status === "accepted" || isErrorStatus(status);
}

/** The partner's own status, kept beside the canonical one for the timeline. */
export const partnerStatusSchema = z.object({
  code: z.string(),
  label: z.string().optional(),
});
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

/** One change the warehouse reported (poll or webhook). */
export const statusChangeSchema = z.object({
  order: orderRefSchema.partial({ sourceRef: true }),
  status: canonicalStatusSchema,
  partnerStatus: partnerStatusSchema,
  occurredAt: timestampSchema,
  /** Human reason for errors and holds ("address incomplete", "SKU-9 out of stock"). */
  reason: z.string().optional(),
  /** Present when parcels left with this change. */
  shipment: shipmentSchema.optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;
