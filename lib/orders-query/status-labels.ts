import type { ExceptionKind, OrderStatus } from "@/db/schema";

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  received: "Waiting to send",
  sent: "At the warehouse",
  accepted: "Accepted",
  picking: "Picking",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  cancel_requested: "Cancel requested",
  cancelled: "Cancelled",
  returned: "Returned",
  exception: "Needs attention",
};

/** The colour family of each status badge: waiting, moving, done, stopped, problem. */
export type StatusTone = "neutral" | "progress" | "done" | "muted" | "problem";

export const ORDER_STATUS_TONES: Record<OrderStatus, StatusTone> = {
  received: "neutral",
  sent: "progress",
  accepted: "progress",
  picking: "progress",
  partially_shipped: "progress",
  shipped: "done",
  cancel_requested: "muted",
  cancelled: "muted",
  returned: "muted",
  exception: "problem",
};

export const EXCEPTION_KIND_LABELS: Record<ExceptionKind, string> = {
  bad_address: "Incomplete or invalid address",
  unknown_sku: "Unknown SKU",
  unmapped_shipping_method: "Shipping method not mapped",
  out_of_stock: "Not enough stock",
  credentials_rejected: "Credentials rejected",
  warehouse_started: "Too late to cancel",
  partner_error: "Partner error",
  retries_exhausted: "Gave up after retries",
  drift: "Shop and warehouse disagree",
  product_rejected: "Warehouse rejected products",
};
