import { withTenant } from "@/db";
import type { Link, LinkProductRow } from "@/db/schema";
import type { SourceProduct } from "@/lib/connectors/sync-types";
import type { Product } from "@/lib/orders";
import { readCursor, saveCursor } from "@/lib/pipeline/cursors";
import { loadLink } from "@/lib/pipeline/links";
import { openSource, openWarehouse, type WarehouseSide } from "@/lib/pipeline/open-link";
import { productHash } from "./hash";
import { refreshRejectionException } from "./rejections";
import { syncSettingsOf } from "./settings";
import { warehouseSkuOf } from "./sku-map";
import { rowsBySku, saveSourceProducts, saveWarehouseOutcomes, type WarehouseOutcome } from "./store";
import { supportsProductSync } from "./capabilities";

/**
 * How far back a changes-only sync reads before where the last one started: a product saved at
 * the source while the last read was running, or a clock a little apart, is read again rather
 * than missed. Re-read products whose hash did not change cost no warehouse call.
 */
export const PRODUCT_CURSOR_OVERLAP_MS = 5 * 60_000;

/** Where a product sync run stands between pages (what an Inngest step hands to the next). */
export interface ProductSyncState {
  /** Only products changed since then (ISO); null = the whole catalogue. */
  updatedSince: string | null;
  /** The source's page cursor; null = first page. */
  cursor: string | null;
  /** When this run started (ISO): the next run's updatedSince, less the overlap. */
  startedAt: string;
  full: boolean;
}

export interface ProductSyncTotals {
  read: number;
  sent: number;
  unchanged: number;
  rejected: number;
  /** Shop SKUs without a warehouse SKU (skuPolicy "mapped" and not in the map). */
  unmapped: number;
}

export type ProductSyncStart =
  | { outcome: "skipped"; reason: "paused" | "disabled" | "unsupported" }
  | { outcome: "ready"; state: ProductSyncState };

export type ProductSyncPage = ProductSyncTotals & { done: boolean; state: ProductSyncState };

const zero = (): ProductSyncTotals => ({ read: 0, sent: 0, unchanged: 0, rejected: 0, unmapped: 0 });

/** Decides whether the link syncs products now and from where (changes since the cursor, or everything). */
export async function startProductSync(tenantId: string, linkId: string, options: { full?: boolean; now?: Date } = {}): Promise<ProductSyncStart> {
  const { link, cursor } = await withTenant(tenantId, async (tx) => {
    const link = await loadLink(tx, linkId);
    return { link, cursor: await readCursor(tx, linkId, "products") };
  });
  if (link.status !== "active") return { outcome: "skipped", reason: "paused" };
  if (!syncSettingsOf(link.settings).productSync) return { outcome: "skipped", reason: "disabled" };
  const [source, warehouse] = await Promise.all([openSource(tenantId, link), openWarehouse(tenantId, link)]);
  if (!supportsProductSync(source.ops, warehouse.ops)) return { outcome: "skipped", reason: "unsupported" };
  const full = Boolean(options.full) || cursor === null;
  const since = !full && cursor ? new Date(new Date(cursor).getTime() - PRODUCT_CURSOR_OVERLAP_MS) : null;
  return {
    outcome: "ready",
    state: { updatedSince: since && !Number.isNaN(since.getTime()) ? since.toISOString() : null, cursor: null, startedAt: (options.now ?? new Date()).toISOString(), full },
  };
}

/** Whether a stored product must go to the warehouse again. */
function mustSend(row: LinkProductRow | undefined, hash: string, full: boolean): boolean {
  if (!row || row.productHash !== hash) return true;
  if (row.warehouseState === "pending" || row.warehouseState === "missing") return true;
  // A rejected product is sent again only when it changed, or on a full sync (the warehouse may have changed its mind).
  return full && row.warehouseState === "rejected";
}

/**
 * Sends products to the warehouse under their warehouse SKUs and stores what it said. Returns the
 * outcome per shop SKU. Shared by product sync and "create product and retry".
 */
export async function sendToWarehouse(warehouse: WarehouseSide, link: Link, products: Product[]): Promise<WarehouseOutcome[]> {
  const outcomes: WarehouseOutcome[] = [];
  const byWarehouseSku = new Map<string, Product>();
  for (const product of products) {
    const warehouseSku = warehouseSkuOf(product.sku, link.mappings);
    if (!warehouseSku) {
      outcomes.push({ sku: product.sku, state: "pending", error: "No warehouse SKU is mapped for this product (link's SKU mapping).", hash: null });
      continue;
    }
    byWarehouseSku.set(warehouseSku, product);
  }
  if (byWarehouseSku.size === 0) return outcomes;
  const toSend = [...byWarehouseSku.entries()].map(([warehouseSku, product]) => ({ ...product, sku: warehouseSku }));
  const results = await warehouse.ops.upsertProducts!(warehouse.context, { products: toSend });
  const resultBySku = new Map(results.map((r) => [r.sku, r]));
  for (const [warehouseSku, product] of byWarehouseSku) {
    const result = resultBySku.get(warehouseSku);
    const hash = productHash(product, warehouseSku);
    if (!result) outcomes.push({ sku: product.sku, state: "pending", error: "The warehouse gave no answer for this product.", hash: null });
    else if (result.outcome === "failed") outcomes.push({ sku: product.sku, state: "rejected", error: result.error ?? "rejected without a reason", hash });
    else outcomes.push({ sku: product.sku, state: "synced", error: null, hash });
  }
  return outcomes;
}

/**
 * One page of the source's catalogue: stored as the source has it, and the products that are new
 * or changed (by hash) sent to the warehouse in its batches. On the last page the cursor moves to
 * where this run started and the link's rejection exception is brought up to date.
 */
export async function syncProductsPage(tenantId: string, linkId: string, state: ProductSyncState): Promise<ProductSyncPage> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const source = await openSource(tenantId, link);
  const page = await source.ops.listProducts!(source.context, { updatedSince: state.updatedSince ? new Date(state.updatedSince) : null, cursor: state.cursor });
  const totals = zero();
  totals.read = page.items.length;

  // The same SKU twice on one page (a source quirk): the last one wins.
  const items = [...new Map(page.items.map((i: SourceProduct) => [i.product.sku, i])).values()];
  const existing = await withTenant(tenantId, async (tx) => {
    const rows = await rowsBySku(tx, linkId, items.map((i) => i.product.sku));
    await saveSourceProducts(tx, tenantId, linkId, items);
    return rows;
  });

  const toSend: Product[] = [];
  for (const item of items) {
    const warehouseSku = warehouseSkuOf(item.product.sku, link.mappings);
    if (!warehouseSku) {
      totals.unmapped += 1;
      toSend.push(item.product); // recorded as pending with the reason, sends nothing
      continue;
    }
    if (mustSend(existing.get(item.product.sku), productHash(item.product, warehouseSku), state.full)) toSend.push(item.product);
    else totals.unchanged += 1;
  }

  const outcomes = toSend.length > 0 ? await sendToWarehouse(await openWarehouse(tenantId, link), link, toSend) : [];
  totals.sent = outcomes.filter((o) => o.state === "synced" || o.state === "rejected").length;
  totals.rejected = outcomes.filter((o) => o.state === "rejected").length;

  const done = !page.hasMore || !page.nextCursor;
  await withTenant(tenantId, async (tx) => {
    await saveWarehouseOutcomes(tx, linkId, outcomes);
    if (done) {
      await saveCursor(tx, tenantId, linkId, "products", state.startedAt);
      await refreshRejectionException(tx, tenantId, linkId);
    }
  });
  return { ...totals, done, state: { ...state, cursor: page.nextCursor } };
}

/** A whole product sync in one go (tests, the bench and the local worker; Inngest runs it page by page). */
export async function syncProducts(tenantId: string, linkId: string, options: { full?: boolean } = {}): Promise<ProductSyncTotals & { outcome: "synced" | "skipped"; pages: number; reason?: string }> {
  const start = await startProductSync(tenantId, linkId, options);
  if (start.outcome === "skipped") return { outcome: "skipped", reason: start.reason, pages: 0, ...zero() };
  const totals = zero();
  let state = start.state;
  let pages = 0;
  for (;;) {
    const page = await syncProductsPage(tenantId, linkId, state);
    pages += 1;
    for (const key of Object.keys(totals) as Array<keyof ProductSyncTotals>) totals[key] += page[key];
    if (page.done) break;
    state = page.state;
  }
  return { outcome: "synced", pages, ...totals };
}
