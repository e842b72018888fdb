import type { CanonicalStatus } from "@/lib/orders";

/**
 * wemalo status names [M1 getStatus; INPICKING from M2] → canonical status. PARTIAL ("partially
 * reserved") depends on `reasonPartiallyReserved`: ADDRESS is the value wemalo's plugin handles
 * [M2]; STOCK and DELIVERYDATE are guessed names for missing articles and a future delivery date.
 */
const byName: Record<string, CanonicalStatus> = {
  OPEN: "accepted",
  INPROCESS: "picking",
  INPICKING: "picking",
  READYFORSHIPMENT: "packed",
  PACKED: "packed",
  BLOCKEDPACKED: "on_hold",
  SHIPPED: "shipped",
  CANCELLED: "cancelled",
};

export interface MappedStatus {
  status: CanonicalStatus;
  reason?: string;
}

export function mapWemaloStatus(statusName: string, reasonPartiallyReserved?: string | null, blockReason?: string | null): MappedStatus {
  const name = statusName.toUpperCase();
  if (name === "PARTIAL") {
    const why = (reasonPartiallyReserved ?? "").toUpperCase();
    if (why === "ADDRESS") return { status: "error_address", reason: "wemalo could not use the delivery address" };
    if (why === "STOCK") return { status: "error_stock", reason: "not enough stock in the warehouse" };
    if (why === "DELIVERYDATE") return { status: "on_hold", reason: "held until the expected delivery date" };
    return { status: "error_other", reason: `partially reserved${why ? ` (${why})` : ""}` };
  }
  if (name === "BLOCKEDPACKED") return { status: "on_hold", reason: blockReason || "packed but held by wemalo" };
  const status = byName[name];
  return status ? { status } : { status: "error_other", reason: `unknown wemalo status ${statusName}` };
}

/** wemalo's documented status names, for the mapping screens. */
export const WEMALO_STATUS_NAMES = ["PARTIAL", "OPEN", "INPROCESS", "INPICKING", "READYFORSHIPMENT", "PACKED", "BLOCKEDPACKED", "SHIPPED", "CANCELLED"] as const;
