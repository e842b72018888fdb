import { z } from "zod";
import { productSyncState, type ProductSyncState } from "@/db/schema";

export const PRODUCTS_PAGE_SIZE = 50;
export const PRODUCTS_MAX_PAGE_SIZE = 500;

/** The products page's filters, as its URL carries them. */
export interface LinkProductsFilter {
  /** Start of the SKU or the name, any case. */
  q?: string;
  state?: ProductSyncState;
  /** Only SKUs whose shop figure differs from what the warehouse figure (minus the buffer) says it should be. */
  drift?: boolean;
}

export interface LinkProductsPageInput extends LinkProductsFilter {
  /** nextCursor of the page before. */
  cursor?: string;
  limit?: number;
}

const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  state: z.enum(productSyncState.enumValues).optional().catch(undefined),
  drift: z.enum(["1", "true"]).optional().catch(undefined),
});

/** Filters from URL search params; anything unknown or malformed is dropped, never an error. */
export function parseLinkProductsFilter(params: Record<string, string | string[] | undefined>): LinkProductsFilter {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const parsed = filterSchema.parse({ q: one("q") || undefined, state: one("state") || undefined, drift: one("drift") || undefined });
  return { ...(parsed.q ? { q: parsed.q } : {}), ...(parsed.state ? { state: parsed.state } : {}), ...(parsed.drift ? { drift: true } : {}) };
}

/** Keyset cursor: the last SKU of a page, opaque in the URL. */
export function encodeSkuCursor(sku: string): string {
  return Buffer.from(sku, "utf8").toString("base64url");
}

export function decodeSkuCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const sku = Buffer.from(cursor, "base64url").toString("utf8");
  return sku.length > 0 ? sku : undefined;
}
