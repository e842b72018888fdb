import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { linkProducts, type LinkProductRow, type ProductSyncState } from "@/db/schema";
import type { Product } from "@/lib/orders";

const CHUNK = 1000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The link's rows for these shop SKUs, by SKU. */
export async function rowsBySku(tx: Tx, linkId: string, skus: string[]): Promise<Map<string, LinkProductRow>> {
  const out = new Map<string, LinkProductRow>();
  for (const part of chunks([...new Set(skus)])) {
    if (part.length === 0) continue;
    const rows = await tx.select().from(linkProducts).where(and(eq(linkProducts.linkId, linkId), inArray(linkProducts.sku, part)));
    for (const row of rows) out.set(row.sku, row);
  }
  return out;
}

/** The product as the source has it now; the warehouse state stays as it is. */
export interface SourceRowInput {
  product: Product;
  sourceRef?: string;
}

export async function saveSourceProducts(tx: Tx, tenantId: string, linkId: string, items: SourceRowInput[]): Promise<void> {
  const now = new Date();
  for (const part of chunks(items)) {
    if (part.length === 0) continue;
    await tx
      .insert(linkProducts)
      .values(part.map((i) => ({ tenantId, linkId, sku: i.product.sku, name: i.product.name, ean: i.product.ean ?? null, product: i.product, sourceRef: i.sourceRef ?? null, updatedAt: now })))
      .onConflictDoUpdate({
        target: [linkProducts.linkId, linkProducts.sku],
        set: {
          name: sql`excluded.name`,
          ean: sql`excluded.ean`,
          product: sql`excluded.product`,
          sourceRef: sql`coalesce(excluded.source_ref, ${linkProducts.sourceRef})`,
          updatedAt: now,
        },
      });
  }
}

/** What the warehouse said about one product just sent. */
export interface WarehouseOutcome {
  sku: string;
  state: Extract<ProductSyncState, "synced" | "rejected" | "missing" | "pending">;
  error: string | null;
  /** Hash of what was sent; null leaves the stored one (nothing was sent). */
  hash: string | null;
}

/** One statement per thousand products (jsonb_to_recordset), not one per product. */
export async function saveWarehouseOutcomes(tx: Tx, linkId: string, outcomes: WarehouseOutcome[]): Promise<void> {
  for (const part of chunks(outcomes)) {
    if (part.length === 0) continue;
    await tx.execute(sql`
      update link_products as p set
        warehouse_state = v.state::product_sync_state,
        warehouse_error = v.error,
        product_hash = coalesce(v.hash, p.product_hash),
        product_synced_at = case when v.state in ('synced', 'rejected') then now() else p.product_synced_at end,
        updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as v(sku text, state text, error text, hash text)
      where p.link_id = ${linkId}::uuid and p.sku = v.sku`);
  }
}
