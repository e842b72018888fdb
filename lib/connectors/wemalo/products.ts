import type { Product, StockLevel } from "@/lib/orders";
import type { ProductUpsertResult, StockQuery } from "../types";
import * as api from "./api";
import type { WemaloContext } from "./context";
import { describeError } from "./errors";
import { toHourDate } from "./wemalo-time";

/** Product master data for `POST /product/addMultiple` (fields from `POST /product/add` [M1]). */
export function toWemaloProduct(product: Product, productGroup: string, shop?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    externalId: product.sku,
    sku: product.sku,
    name: product.name,
    productGroup,
    isActive: product.active,
  };
  if (product.ean) body.ean = product.ean;
  product.barcodes.slice(0, 3).forEach((code, i) => (body[`ean${i + 2}`] = code));
  // wemalo's units: cm for dimensions [M1]; grams for weight are assumed (wemalo's parcel weights are grams).
  if (product.dimensions) {
    body.depth = product.dimensions.lengthMm / 10;
    body.width = product.dimensions.widthMm / 10;
    body.height = product.dimensions.heightMm / 10;
  }
  if (product.weightGrams !== undefined) body.grossWeight = product.weightGrams;
  if (product.customsTariffNumber) body.customsTariffNumber = product.customsTariffNumber;
  if (product.countryOfOrigin) body.originCountry = product.countryOfOrigin;
  if (shop) body.shop = shop;
  return body;
}

const CHUNK = 50;

/**
 * addMultiple is how wemalo's plugin sends every product save [M2], so it is used as an upsert
 * keyed on externalId (= our SKU). wemalo does not say which products were new, so every success
 * reports "updated". A refused chunk is retried one product at a time to find the culprit.
 */
export async function upsertProducts(ctx: WemaloContext, input: { products: Product[] }): Promise<ProductUpsertResult[]> {
  const toBody = (p: Product) => toWemaloProduct(p, ctx.settings.productGroup, ctx.credentials.shop);
  const results: ProductUpsertResult[] = [];
  for (let i = 0; i < input.products.length; i += CHUNK) {
    const chunk = input.products.slice(i, i + CHUNK);
    const res = await api.addMultiple(ctx, chunk.map(toBody));
    if (res.ok) {
      results.push(...chunk.map((p) => ({ sku: p.sku, outcome: "updated" as const })));
      continue;
    }
    for (const product of chunk) {
      const single = chunk.length === 1 ? res : await api.addMultiple(ctx, [toBody(product)]);
      results.push(single.ok ? { sku: product.sku, outcome: "updated" } : { sku: product.sku, outcome: "failed", error: describeError(single.error) });
    }
  }
  return results;
}

/** Available (pickable) stock per SKU from `GET /product/availableStock` [M1]: the default attribute's quantity. */
export async function getStockLevels(ctx: WemaloContext, input: StockQuery): Promise<StockLevel[]> {
  const since = input.changedSince ?? new Date(Date.UTC(2000, 0, 1));
  const articles = await api.availableStock(ctx, toHourDate(since));
  const wanted = input.skus ? new Set(input.skus) : undefined;
  const observedAt = ctx.now().toISOString();
  return articles
    .filter((a) => !wanted || wanted.has(a.sku))
    .map((a) => ({
      sku: a.sku,
      available: Math.round(a.attributes.filter((x) => x.isDefault).reduce((sum, x) => sum + x.quantity, 0)),
      observedAt,
    }));
}
