import type { Product, StockLevel } from "@/lib/orders";
import type { CursorInput, Page, ProductUpsertResult, StockQuery } from "../types";
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

/** Products per addMultiple request. GUESS: wemalo documents no limit; the plugin sends one save at a time [M2]. */
export const PRODUCTS_PER_REQUEST = 50;

/**
 * addMultiple is how wemalo's plugin sends every product save [M2], so it is used as an upsert
 * keyed on externalId (= our SKU), for new and changed products alike. wemalo does not say which
 * products were new, so every success reports "updated". One refused product refuses the whole
 * request, so a refused batch is halved until the refused products stand alone: a batch of 50
 * with one bad product costs about 12 requests, not 51.
 */
export async function upsertProducts(ctx: WemaloContext, input: { products: Product[] }): Promise<ProductUpsertResult[]> {
  const toBody = (p: Product) => toWemaloProduct(p, ctx.settings.productGroup, ctx.credentials.shop);
  const results: ProductUpsertResult[] = [];
  const send = async (batch: Product[]): Promise<void> => {
    const res = await api.addMultiple(ctx, batch.map(toBody));
    if (res.ok) {
      results.push(...batch.map((p) => ({ sku: p.sku, outcome: "updated" as const })));
      return;
    }
    if (batch.length === 1) {
      results.push({ sku: batch[0]!.sku, outcome: "failed", error: describeError(res.error) });
      return;
    }
    const half = Math.ceil(batch.length / 2);
    await send(batch.slice(0, half));
    await send(batch.slice(half));
  };
  for (let i = 0; i < input.products.length; i += PRODUCTS_PER_REQUEST) await send(input.products.slice(i, i + PRODUCTS_PER_REQUEST));
  return results;
}

/** Available (pickable) stock per SKU from `GET /product/availableStock` [M1]: the default attribute's quantity. */
export async function getStockLevels(ctx: WemaloContext, input: StockQuery): Promise<StockLevel[]> {
  const since = input.changedSince ?? new Date(Date.UTC(2000, 0, 1));
  const articles = await api.availableStock(ctx, toHourDate(since));
  const wanted = input.skus ? new Set(input.skus) : undefined;
  const observedAt = ctx.now().toISOString();
  return articles
    // An article without a SKU is no shop's product: there is nothing to write its stock to.
    .filter((a) => a.sku.trim() !== "" && (!wanted || wanted.has(a.sku)))
    .map((a) => ({
      sku: a.sku,
      // Oversold (below 0) is nothing to sell: 0 for the shop, never a negative figure.
      available: Math.max(0, Math.round(a.attributes.filter((x) => x.isDefault).reduce((sum, x) => sum + x.quantity, 0))),
      observedAt,
    }));
}

/**
 * Stock changed since the cursor, from `GET /product/availableStock?fromDate=ddMMyyyyHH` [M1].
 * The cursor is the time the last read started (ISO); wemalo counts in whole hours, so the same
 * hour is read again and unchanged figures come back: the caller skips them. No paging is
 * documented for this call: one page.
 */
export async function listStockChanges(ctx: WemaloContext, input: CursorInput): Promise<Page<StockLevel>> {
  const startedAt = ctx.now();
  const since = input.cursor ? new Date(input.cursor) : undefined;
  const items = await getStockLevels(ctx, since && !Number.isNaN(since.getTime()) ? { changedSince: since } : {});
  return { items, nextCursor: startedAt.toISOString(), hasMore: false };
}
