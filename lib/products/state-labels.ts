import type { ProductSyncState } from "@/db/schema";

/** Where a product stands at the warehouse, in the merchant's words (products page, CSV, filters). */
export const PRODUCT_STATE_LABELS: Record<ProductSyncState, string> = {
  synced: "At the warehouse",
  pending: "Waiting to be sent",
  rejected: "Rejected by the warehouse",
  missing: "Missing at the warehouse",
};

/** The badge colour of each state: done, waiting, problem. */
export const PRODUCT_STATE_TONES: Record<ProductSyncState, "done" | "neutral" | "problem"> = {
  synced: "done",
  pending: "neutral",
  rejected: "problem",
  missing: "problem",
};
