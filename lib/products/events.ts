import { z } from "zod";

/** The events of product and stock sync; inngest/events.ts registers them, lib writes them to the outbox. */
export const SYNC_EVENTS = {
  productSyncRequested: "link.product-sync.requested",
  stockSyncRequested: "link.stock-sync.requested",
} as const;

/**
 * warehouseConnectionId is carried so that concurrency is keyed per warehouse connection: links
 * sharing one warehouse account share its rate limit. `full`: ignore the cursor and hashes (activation).
 */
export const productSyncRequestedData = z.object({
  tenantId: z.uuid(),
  linkId: z.uuid(),
  warehouseConnectionId: z.uuid(),
  full: z.boolean().optional(),
  requestedBy: z.uuid().optional(),
});
export type ProductSyncRequestedData = z.infer<typeof productSyncRequestedData>;

export const stockSyncRequestedData = z.object({
  tenantId: z.uuid(),
  linkId: z.uuid(),
  warehouseConnectionId: z.uuid(),
  full: z.boolean().optional(),
  requestedBy: z.uuid().optional(),
});
export type StockSyncRequestedData = z.infer<typeof stockSyncRequestedData>;
