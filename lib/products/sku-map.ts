import type { LinkMappings } from "@/db/schema";
import { mappedValue } from "@/lib/links/mapping-lookup";

/**
 * The warehouse's SKU for a shop SKU, as order-send maps order lines (lib/pipeline/validate-order):
 * the link's SKU map first; with skuPolicy "same" the SKU itself; with "mapped" none.
 */
export function warehouseSkuOf(sku: string, mappings: Pick<LinkMappings, "skuPolicy" | "skuMap">): string | undefined {
  const mapped = mappedValue(mappings.skuMap, sku);
  if (mapped) return mapped;
  return mappings.skuPolicy === "mapped" ? undefined : sku;
}

/** Warehouse SKU → the shop SKUs that map to it, for the shop SKUs given (stock comes back by warehouse SKU). */
export function shopSkusByWarehouseSku(shopSkus: Iterable<string>, mappings: Pick<LinkMappings, "skuPolicy" | "skuMap">): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const sku of shopSkus) {
    const warehouseSku = warehouseSkuOf(sku, mappings);
    if (!warehouseSku) continue;
    const list = out.get(warehouseSku);
    if (list) list.push(sku);
    else out.set(warehouseSku, [sku]);
  }
  return out;
}
