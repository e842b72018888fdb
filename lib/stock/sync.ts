import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { exceptions, linkProducts, type Link } from "@/db/schema";
import type { StockWrite, StockWriteResult } from "@/lib/connectors/sync-types";
import type { StockLevel } from "@/lib/orders";
import { readCursor, saveCursor } from "@/lib/pipeline/cursors";
import { raiseException } from "@/lib/pipeline/exceptions";
import { loadLink } from "@/lib/pipeline/links";
import { openSource, openWarehouse } from "@/lib/pipeline/open-link";
import { shopQuantity, syncSettingsOf } from "@/lib/products/settings";
import { shopSkusByWarehouseSku } from "@/lib/products/sku-map";
import { supportsStockSync } from "@/lib/products/capabilities";

export interface StockSyncResult {
  outcome: "synced" | "skipped";
  reason?: "paused" | "disabled" | "unsupported";
  /** Figures the warehouse reported (changed since the cursor, or all on a full sync). */
  read: number;
  /** SKUs whose shop figure was written. */
  written: number;
  /** SKUs whose shop figure was already right: no call made for them. */
  unchanged: number;
  /** The shop has no such product, or refused the figure. */
  failed: number;
}

const CHUNK = 1000;
const STOCK_STEP = "stock sync";

interface Planned {
  sku: string;
  warehouseQty: number;
  expected: number;
  write: boolean;
  changed: boolean;
  sourceRef?: string;
}

/**
 * Stock, warehouse → shop: the warehouse's figures changed since the cursor (all of them on a
 * full sync), minus the link's buffer and never below 0, written to the shop only where they
 * differ from what was written last. The last figure and time are stored per SKU; the cursor
 * moves in the same transaction, after the shop took the figures.
 */
export async function syncStock(tenantId: string, linkId: string, options: { full?: boolean } = {}): Promise<StockSyncResult> {
  const none = { read: 0, written: 0, unchanged: 0, failed: 0 };
  const { link, cursor } = await withTenant(tenantId, async (tx) => ({ link: await loadLink(tx, linkId), cursor: await readCursor(tx, linkId, "stock") }));
  if (link.status !== "active") return { outcome: "skipped", reason: "paused", ...none };
  const settings = syncSettingsOf(link.settings);
  if (!settings.stockSync) return { outcome: "skipped", reason: "disabled", ...none };
  const [source, warehouse] = await Promise.all([openSource(tenantId, link), openWarehouse(tenantId, link)]);
  if (!supportsStockSync(source.ops, warehouse.ops)) return { outcome: "skipped", reason: "unsupported", ...none };
  const listStockChanges = warehouse.ops.listStockChanges!;
  const writeStock = source.ops.writeStock!;

  const full = Boolean(options.full) || cursor === null;
  const levels: StockLevel[] = [];
  let next: string | null = full ? null : cursor;
  for (;;) {
    const page = await listStockChanges(warehouse.context, { cursor: next });
    levels.push(...page.items);
    next = page.nextCursor;
    if (!page.hasMore || !page.nextCursor) break;
  }

  const plan = await withTenant(tenantId, (tx) => planWrites(tx, tenantId, link, levels, settings.stockBuffer, full));
  const writes: StockWrite[] = plan.filter((p) => p.write).map((p) => ({ sku: p.sku, quantity: p.expected, ...(p.sourceRef ? { sourceRef: p.sourceRef } : {}) }));
  const results: StockWriteResult[] = writes.length > 0 ? await writeStock(source.context, { changes: writes }) : [];
  const written = new Set(results.filter((r) => r.outcome === "written").map((r) => r.sku));
  const failures = results.filter((r) => r.outcome !== "written");

  await withTenant(tenantId, async (tx) => {
    await saveFigures(tx, linkId, plan, written);
    if (next !== null) await saveCursor(tx, tenantId, linkId, "stock", next);
    await reportFailures(tx, tenantId, linkId, failures);
  });
  return { outcome: "synced", read: levels.length, written: written.size, unchanged: plan.filter((p) => !p.write).length, failed: failures.length };
}

/**
 * Which shop SKUs get which figure. A warehouse SKU the link has no product for is stored as
 * synced at the warehouse (it reported stock for it), named by its SKU until product sync reads it.
 */
async function planWrites(tx: Tx, tenantId: string, link: Link, levels: StockLevel[], buffer: number, full: boolean): Promise<Planned[]> {
  const latest = new Map<string, StockLevel>();
  for (const level of levels) latest.set(level.sku, level);
  const known = new Map<string, { sku: string; sourceQty: number | null; warehouseQty: number | null; sourceRef: string | null }>();
  const skus = [...latest.keys()];
  // Shop SKUs of the link whose warehouse SKU was reported: the same SKU, or mapped to it.
  const mapped = Object.entries(link.mappings.skuMap ?? {}).filter(([, w]) => latest.has(w)).map(([s]) => s);
  const wanted = [...new Set([...skus, ...mapped])];
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await tx
      .select({ sku: linkProducts.sku, sourceQty: linkProducts.sourceQty, warehouseQty: linkProducts.warehouseQty, sourceRef: linkProducts.sourceRef })
      .from(linkProducts)
      .where(and(eq(linkProducts.linkId, link.id), inArray(linkProducts.sku, wanted.slice(i, i + CHUNK))));
    for (const row of rows) known.set(row.sku, row);
  }
  const byWarehouseSku = shopSkusByWarehouseSku(known.keys(), link.mappings);
  const fresh = skus.filter((sku) => !byWarehouseSku.has(sku) && (link.mappings.skuPolicy !== "mapped" || link.mappings.skuMap?.[sku] === sku));
  if (fresh.length > 0) {
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await tx
        .insert(linkProducts)
        .values(fresh.slice(i, i + CHUNK).map((sku) => ({ tenantId, linkId: link.id, sku, name: sku, product: { sku, name: sku, barcodes: [], active: true }, warehouseState: "synced" as const })))
        .onConflictDoNothing();
    }
    for (const sku of fresh) {
      known.set(sku, { sku, sourceQty: null, warehouseQty: null, sourceRef: null });
      byWarehouseSku.set(sku, [sku]);
    }
  }
  const plan: Planned[] = [];
  for (const [warehouseSku, level] of latest) {
    for (const shopSku of byWarehouseSku.get(warehouseSku) ?? []) {
      const row = known.get(shopSku)!;
      const expected = shopQuantity(level.available, buffer);
      plan.push({
        sku: shopSku,
        warehouseQty: level.available,
        expected,
        // Written again when the shop's figure is wrong; one never taken (no product at the shop)
        // only when the warehouse figure moves, so a missing product costs no call every run.
        write: full || (row.sourceQty === null ? row.warehouseQty !== level.available : row.sourceQty !== expected),
        changed: row.warehouseQty !== level.available,
        ...(row.sourceRef ? { sourceRef: row.sourceRef } : {}),
      });
    }
  }
  return plan;
}

async function saveFigures(tx: Tx, linkId: string, plan: Planned[], written: Set<string>): Promise<void> {
  const rows = plan
    .filter((p) => p.changed || written.has(p.sku))
    .map((p) => ({ sku: p.sku, warehouse_qty: p.warehouseQty, changed: p.changed, source_qty: written.has(p.sku) ? p.expected : null, written: written.has(p.sku) }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.execute(sql`
      update link_products as p set
        warehouse_qty = v.warehouse_qty,
        stock_changed_at = case when v.changed then now() else p.stock_changed_at end,
        source_qty = case when v.written then v.source_qty else p.source_qty end,
        stock_synced_at = case when v.written then now() else p.stock_synced_at end,
        updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + CHUNK))}::jsonb) as v(sku text, warehouse_qty int, changed boolean, source_qty int, written boolean)
      where p.link_id = ${linkId}::uuid and p.sku = v.sku`);
  }
}

/**
 * Figures the shop refused become one open exception on the link (partner_error, step "stock
 * sync"), brought up to date on each run and closed by a run without refusals. SKUs the shop has
 * no product for are only counted: a warehouse may hold articles the shop does not sell.
 */
async function reportFailures(tx: Tx, tenantId: string, linkId: string, failures: StockWriteResult[]): Promise<void> {
  const refused = failures.filter((f) => f.outcome === "failed");
  const open = and(eq(exceptions.linkId, linkId), isNull(exceptions.orderId), eq(exceptions.kind, "partner_error"), eq(exceptions.status, "open"), sql`${exceptions.detail}->>'step' = ${STOCK_STEP}`);
  if (refused.length === 0) {
    await tx.update(exceptions).set({ status: "resolved", resolvedAt: new Date() }).where(open);
    return;
  }
  const first = refused[0]!;
  const message = `The shop refused the stock of ${refused.length} SKU${refused.length === 1 ? "" : "s"}, e.g. ${first.sku}: ${first.error ?? "no reason given"}`;
  const detail = { step: STOCK_STEP, failures: refused.slice(0, 20) };
  const opened = await raiseException(tx, tenantId, { linkId, kind: "partner_error", message, detail });
  if (!opened) await tx.update(exceptions).set({ message, detail }).where(open);
}
