import type { OrderStatus } from "@/db/schema";
import type { CanonicalStatus } from "@/lib/orders";

/** The order's state in Lagerbro for a warehouse's canonical status. */
export function orderStatusFor(status: CanonicalStatus): OrderStatus {
  switch (status) {
    case "accepted":
      return "accepted";
    case "picking":
    case "packed":
    case "on_hold":
      return "picking";
    case "partially_shipped":
      return "partially_shipped";
    case "shipped":
      return "shipped";
    case "cancelled":
      return "cancelled";
    case "returned":
      return "returned";
    case "error_address":
    case "error_stock":
    case "error_other":
      return "exception";
  }
}

const progress: Record<OrderStatus, number> = {
  received: 0,
  exception: 0,
  sent: 1,
  cancel_requested: 1,
  accepted: 2,
  picking: 3,
  partially_shipped: 4,
  shipped: 5,
  returned: 6,
  cancelled: 7,
};

const finished: readonly OrderStatus[] = ["shipped", "returned", "cancelled"];

/**
 * Whether a reported status may replace the current one. Polls overlap and webhooks arrive out
 * of order, so an order never moves back (a late "accepted" after "picking" is ignored); an
 * error may interrupt unfinished work, and work going on again ends an exception.
 */
export function canMoveTo(current: OrderStatus, next: OrderStatus): boolean {
  if (current === next) return false;
  if (next === "exception") return !finished.includes(current);
  if (next === "cancelled") return current !== "returned";
  if (current === "exception") return true;
  if (current === "cancel_requested") return next !== "accepted" && next !== "sent";
  return progress[next] > progress[current];
}

/** Orders the warehouse still works on: worth asking about, and cancellable in principle. */
export const openOrderStatuses: OrderStatus[] = ["sent", "accepted", "picking", "partially_shipped", "cancel_requested"];
