import { findConnector } from "@/lib/connectors";

export interface SyncCapabilities {
  /** The source lists its catalogue and the warehouse takes products (wemalo, Ongoing). */
  products: boolean;
  /** The warehouse reports stock changes and the source takes stock figures. */
  stock: boolean;
}

/**
 * What product and stock sync can do between these two connectors: the same test the syncs make
 * before they run (lib/products/sync.ts, lib/stock/sync.ts), for pages that should not offer what
 * would be skipped as "unsupported" (Webshipper has no product API or stock).
 */
export function syncCapabilities(sourceConnectorId: string | undefined, warehouseConnectorId: string | undefined): SyncCapabilities {
  const source = sourceConnectorId ? findConnector(sourceConnectorId)?.source : undefined;
  const warehouse = warehouseConnectorId ? findConnector(warehouseConnectorId)?.warehouse : undefined;
  return {
    products: typeof source?.listProducts === "function" && typeof warehouse?.upsertProducts === "function",
    stock: typeof source?.writeStock === "function" && typeof warehouse?.listStockChanges === "function",
  };
}
