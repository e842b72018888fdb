import { findConnector } from "@/lib/connectors";

export interface SyncCapabilities {
  /** The source lists its catalogue and the warehouse takes products (wemalo, Ongoing). */
  products: boolean;
  /** The warehouse reports stock changes and the source takes stock figures. */
  stock: boolean;
}

/** Product sync runs when the source lists its catalogue and the warehouse takes products. */
export function supportsProductSync(source: { listProducts?: unknown } | undefined, warehouse: { upsertProducts?: unknown } | undefined): boolean {
  return typeof source?.listProducts === "function" && typeof warehouse?.upsertProducts === "function";
}

/** Stock sync runs when the warehouse reports stock changes and the source takes stock figures. */
export function supportsStockSync(source: { writeStock?: unknown } | undefined, warehouse: { listStockChanges?: unknown } | undefined): boolean {
  return typeof source?.writeStock === "function" && typeof warehouse?.listStockChanges === "function";
}

/**
 * What product and stock sync can do between these two connectors: the test the syncs make before
 * they run (lib/products/sync.ts, lib/stock/sync.ts), for pages that should not offer what would be
 * skipped as "unsupported" (Webshipper has no product API or stock).
 */
export function syncCapabilities(sourceConnectorId: string | undefined, warehouseConnectorId: string | undefined): SyncCapabilities {
  const source = sourceConnectorId ? findConnector(sourceConnectorId)?.source : undefined;
  const warehouse = warehouseConnectorId ? findConnector(warehouseConnectorId)?.warehouse : undefined;
  return {
    products: supportsProductSync(source, warehouse),
    stock: supportsStockSync(source, warehouse),
  };
}
