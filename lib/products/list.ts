import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { linkProducts, links, PRODUCT_SYNC_STATE_CODES, type ProductSyncState } from "@/db/schema";
import { decodeSkuCursor, encodeSkuCursor, PRODUCTS_MAX_PAGE_SIZE, PRODUCTS_PAGE_SIZE, type LinkProductsFilter, type LinkProductsPageInput } from "./filters";
import { syncSettingsOf } from "./settings";

export interface LinkProductListRow {
  sku: string;
  name: string;
  ean: string | null;
  warehouseState: ProductSyncState;
  /** The warehouse's reason when rejected. */
  warehouseError: string | null;
  productSyncedAt: Date | null;
  /** Available at the warehouse as last read; null = unknown. */
  warehouseQty: number | null;
  /** Last value written to the shop; null = never. */
  sourceQty: number | null;
  /** What the shop should show: warehouse minus the link's buffer, never below 0; null while the warehouse figure is unknown. */
  expectedSourceQty: number | null;
  /** The shop's figure is not what it should be. */
  drift: boolean;
  stockSyncedAt: Date | null;
  stockChangedAt: Date | null;
}

export interface LinkProductsPage {
  rows: LinkProductListRow[];
  nextCursor: string | null;
}

/** The link's stock buffer, or null when the link is not this tenant's. */
export async function linkBuffer(tx: Tx, linkId: string): Promise<number | null> {
  const [link] = await tx.select({ settings: links.settings }).from(links).where(eq(links.id, linkId));
  return link ? syncSettingsOf(link.settings).stockBuffer : null;
}

/** greatest(warehouse_qty - buffer, 0), null while the warehouse figure is unknown. */
export function expectedSql(buffer: number): SQL<number | null> {
  return sql<number | null>`greatest(${linkProducts.warehouseQty} - ${buffer}::int, 0)`;
}

export function driftSql(buffer: number): SQL<boolean> {
  return sql<boolean>`(${linkProducts.warehouseQty} is not null and ${linkProducts.sourceQty} is distinct from greatest(${linkProducts.warehouseQty} - ${buffer}::int, 0))`;
}

/**
 * The WHERE of the products list. The link and the keyset use the primary key (link_id, sku);
 * the state filters on its smallint copy and the search on starts_with() of the lower-cased
 * copies, which Postgres may use in an index under row-level security (see lib/orders-query).
 */
export function linkProductsWhere(linkId: string, filter: LinkProductsFilter, buffer: number, afterSku?: string): SQL | undefined {
  const search = filter.q?.trim().toLowerCase();
  return and(
    eq(linkProducts.linkId, linkId),
    filter.state ? eq(linkProducts.stateCode, PRODUCT_SYNC_STATE_CODES[filter.state]) : undefined,
    search ? or(sql`starts_with(${linkProducts.searchSku}, ${search})`, sql`starts_with(${linkProducts.searchName}, ${search})`) : undefined,
    filter.drift ? driftSql(buffer) : undefined,
    afterSku !== undefined ? gt(linkProducts.sku, afterSku) : undefined,
  );
}

export function listRowColumns(buffer: number) {
  return {
    sku: linkProducts.sku,
    name: linkProducts.name,
    ean: linkProducts.ean,
    warehouseState: linkProducts.warehouseState,
    warehouseError: linkProducts.warehouseError,
    productSyncedAt: linkProducts.productSyncedAt,
    warehouseQty: linkProducts.warehouseQty,
    sourceQty: linkProducts.sourceQty,
    expectedSourceQty: expectedSql(buffer),
    drift: driftSql(buffer),
    stockSyncedAt: linkProducts.stockSyncedAt,
    stockChangedAt: linkProducts.stockChangedAt,
  };
}

/** One page of a link's products, by SKU (keyset, never OFFSET). An unknown link gives an empty page. */
export async function listLinkProducts(tenantId: string, linkId: string, input: LinkProductsPageInput = {}): Promise<LinkProductsPage> {
  const limit = Math.min(Math.max(1, Math.trunc(input.limit ?? PRODUCTS_PAGE_SIZE)), PRODUCTS_MAX_PAGE_SIZE);
  return withTenant(tenantId, async (tx) => {
    const buffer = await linkBuffer(tx, linkId);
    if (buffer === null) return { rows: [], nextCursor: null };
    const rows = await tx
      .select(listRowColumns(buffer))
      .from(linkProducts)
      .where(linkProductsWhere(linkId, input, buffer, decodeSkuCursor(input.cursor)))
      .orderBy(asc(linkProducts.sku))
      .limit(limit + 1);
    const page = rows.slice(0, limit).map((r) => ({ ...r, drift: Boolean(r.drift) }));
    return { rows: page, nextCursor: rows.length > limit ? encodeSkuCursor(page[page.length - 1]!.sku) : null };
  });
}
