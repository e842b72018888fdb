import type { CanonicalStatus } from "@/lib/orders";
import type { WsOrderStatus } from "./schemas";

/**
 * Webshipper order status [W2] → canonical. `missing_rate` waits for a person to pick a rate;
 * `error` carries error_class (`address`, `carrier_downtime`, …) [W2].
 */
export function canonicalStatus(status: WsOrderStatus, errorClass?: string | null): CanonicalStatus {
  switch (status) {
    case "pending": return "accepted";
    case "on_hold": return "on_hold";
    case "partly_dispatched": return "partially_shipped";
    case "dispatched": return "shipped";
    case "cancelled": return "cancelled";
    case "missing_rate": return "error_other";
    case "error": return errorClass === "address" ? "error_address" : "error_other";
  }
}

export function statusReason(status: WsOrderStatus, errorClass?: string | null, errorMessage?: unknown): string | undefined {
  if (status === "missing_rate") return "Webshipper found no shipping rate for this order (map the shipping method to a rate)";
  if (status !== "error") return undefined;
  const message = typeof errorMessage === "string" ? errorMessage : errorMessage ? JSON.stringify(errorMessage) : "";
  return [errorClass ? `Webshipper error (${errorClass})` : "Webshipper error", message].filter(Boolean).join(": ");
}

/** Something has left (or the order is gone), so a cancellation comes too late. */
export function hasShipped(status: WsOrderStatus): boolean {
  return status === "dispatched" || status === "partly_dispatched";
}
