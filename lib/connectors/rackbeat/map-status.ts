import type { CanonicalStatus, StatusChange } from "@/lib/orders";
import type { RbOrder } from "./schemas";

/** Rackbeat's booleans [R §4] → canonical. A draft or booked order waits; shipments drive the rest. */
export function canonicalStatus(order: Pick<RbOrder, "is_cancelled" | "is_shipped" | "is_partly_shipped">): CanonicalStatus {
  if (order.is_cancelled) return "cancelled";
  if (order.is_shipped) return "shipped";
  if (order.is_partly_shipped) return "partially_shipped";
  return "accepted";
}

export function partnerStatusCode(order: RbOrder): string {
  if (order.is_cancelled) return "is_cancelled";
  if (order.is_shipped) return "is_shipped";
  if (order.is_partly_shipped) return "is_partly_shipped";
  return order.is_booked ? "is_booked" : "draft";
}

/** The order as a change, keyed on our order number (their_reference). Rackbeat has no tracking to report. */
export function toChange(order: RbOrder): StatusChange {
  return {
    order: { orderNumber: order.their_reference || String(order.number), warehouseRef: String(order.number) },
    status: canonicalStatus(order),
    partnerStatus: { code: partnerStatusCode(order) },
    // A timestamp Rackbeat garbled must not fail the whole change: it happened by now at the latest.
    occurredAt: Number.isNaN(Date.parse(order.updated_at)) ? new Date().toISOString() : new Date(order.updated_at).toISOString(),
  };
}
