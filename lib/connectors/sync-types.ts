import type { Product } from "@/lib/orders";

/**
 * The product and stock capabilities of the connector contract (./types.ts), optional on both
 * sides: product sync reads the source's catalogue and upserts it at the warehouse; stock sync
 * reads the warehouse's changes since a cursor and writes them to the source.
 */

/** One product as the source holds it, with the source's own id where stock is written by id. */
export interface SourceProduct {
  product: Product;
  /** plentymarkets variation id; absent where the SKU itself is the key. */
  sourceRef?: string;
}

export interface ListProductsInput {
  /** Only products changed at or after this time; null = the whole catalogue. */
  updatedSince: Date | null;
  /** nextCursor of the page before; null = the first page. */
  cursor: string | null;
  /** Upper bound per page; the connector may return fewer. */
  limit?: number;
}

/** One figure to write to the source: the stock the shop shall show (already buffered, never negative). */
export interface StockWrite {
  sku: string;
  quantity: number;
  /** SourceProduct.sourceRef as last listed, when known. */
  sourceRef?: string;
}

export interface StockWriteResult {
  sku: string;
  /** written: the source holds `quantity` now; unknown_sku: the source has no such product; failed: refused with `error`. */
  outcome: "written" | "unknown_sku" | "failed";
  error?: string;
}
