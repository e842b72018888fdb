import type { CanonicalStatus } from "@/lib/orders";

/**
 * Ongoing status number → canonical status. The standard set is 150/200/300/320/400/450/500/
 * 800/1000 [S1][S9]; instances may add their own numbers (425, 451, 475 seen [S5]), so
 * anything else falls into the band it sits in.
 */
export function canonicalStatus(number: number, partlyShipped = false): CanonicalStatus {
  if (number === 150) return "error_other";
  if (number < 320) return "accepted"; // Open, Released: the warehouse has not started
  if (number < 400) return "picking"; // Allocated: prepared for picking
  if (number < 450) return "packed"; // Picked, not yet handed over
  if (number < 800) return partlyShipped ? "partially_shipped" : "shipped"; // Sent (450), Collected (500)
  if (number < 1000) return "returned";
  return "cancelled";
}

/** Work has started once goods are allocated; Ongoing then refuses updates and cancellation. [S4][S6] */
export function hasWarehouseStarted(number: number): boolean {
  return number >= 320 && number !== 1000;
}

export function isShippedNumber(number: number): boolean {
  return number >= 450 && number < 800;
}
