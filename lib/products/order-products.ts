import { withTenant } from "@/db";
import type { Link, OrderRow } from "@/db/schema";
import { productSchema, type Product } from "@/lib/orders";
import { openSource, openWarehouse, type WarehouseSide } from "@/lib/pipeline/open-link";
import { refreshRejectionException } from "./rejections";
import { rowsBySku, saveSourceProducts, saveWarehouseOutcomes } from "./store";
import { sendToWarehouse } from "./sync";

export interface OrderProductsResult {
  /** Shop SKUs the warehouse has now. */
  created: string[];
  /** Shop SKUs it still lacks, with why. */
  rejected: Array<{ sku: string; reason: string }>;
}

/** A product made from the order line, when neither the link nor the shop knows the SKU any more. */
function fromLine(line: OrderRow["canonical"]["lines"][number]): Product {
  const parsed = productSchema.safeParse({ sku: line.sku, name: line.name.trim() || line.sku, ...(line.ean ? { ean: line.ean } : {}), ...(line.weightGrams ? { weightGrams: line.weightGrams } : {}) });
  return parsed.success ? parsed.data : { sku: line.sku, name: line.name.trim() || line.sku, barcodes: [], active: true };
}

/**
 * Creates (or updates) the order's products at the warehouse: as product sync last read them
 * from the shop, else as the shop has them now, else as the order line describes them. Stores
 * what the warehouse said, like product sync does.
 */
export async function createOrderProducts(tenantId: string, link: Link, order: OrderRow, opened?: WarehouseSide): Promise<OrderProductsResult> {
  const lines = [...new Map(order.canonical.lines.map((l) => [l.sku, l])).values()];
  const skus = lines.map((l) => l.sku);
  const stored = await withTenant(tenantId, (tx) => rowsBySku(tx, link.id, skus));
  const products = new Map<string, Product>();
  for (const [sku, row] of stored) products.set(sku, row.product);

  const unknown = skus.filter((sku) => !products.has(sku));
  if (unknown.length > 0) {
    const source = await openSource(tenantId, link);
    const found = source.ops.getProducts ? await source.ops.getProducts(source.context, { skus: unknown }) : [];
    const fromShop = found.filter((f) => unknown.includes(f.product.sku));
    for (const f of fromShop) products.set(f.product.sku, f.product);
    const fromLines = lines.filter((l) => !products.has(l.sku)).map((l) => ({ product: fromLine(l) }));
    for (const f of fromLines) products.set(f.product.sku, f.product);
    await withTenant(tenantId, (tx) => saveSourceProducts(tx, tenantId, link.id, [...fromShop, ...fromLines]));
  }

  const warehouse = opened ?? (await openWarehouse(tenantId, link));
  if (!warehouse.ops.upsertProducts) {
    return { created: [], rejected: skus.map((sku) => ({ sku, reason: "This warehouse cannot receive products through Lagerbro; create them there." })) };
  }
  // In the order's line order, so what the merchant reads follows the order.
  const outcomes = await sendToWarehouse(warehouse, link, skus.flatMap((sku) => (products.has(sku) ? [products.get(sku)!] : [])));
  await withTenant(tenantId, async (tx) => {
    await saveWarehouseOutcomes(tx, link.id, outcomes);
    await refreshRejectionException(tx, tenantId, link.id);
  });
  return {
    created: outcomes.filter((o) => o.state === "synced").map((o) => o.sku),
    rejected: outcomes.filter((o) => o.state !== "synced").map((o) => ({ sku: o.sku, reason: o.error ?? "not created" })),
  };
}
