import { z } from "zod";
import { isPartnerError } from "@/lib/http/errors";
import { productSchema, type Product } from "@/lib/orders";
import type { ListProductsInput, SourceProduct, StockWrite, StockWriteResult } from "../sync-types";
import type { Page } from "../types";
import type { VendreContext } from "./api";
import { listOf } from "./schemas";

/**
 * The catalogue: `GET /products` with `page_size` + `offset` → `{ list, remaining }` [V2]. GUESS
 * (vendre.md lists no product fields or stock update): `model` is the SKU as on order lines [V3],
 * `modified_since` and `model` filter, stock is set by `PUT /products/{id}` with `{ quantity }`
 * (seed 001: products are handled through the REST API, PUT updates). Vendre's documented stock
 * route is its import file (seed 001), for a store set up that way.
 */
const productRow = z.looseObject({
  id: z.number(),
  model: z.string().nullish(),
  name: z.string().nullish(),
  ean: z.string().nullish(),
  weight: z.number().nullish(),
  active: z.boolean().nullish(),
});
type VendreProductRow = z.output<typeof productRow>;

export const PRODUCTS_PER_PAGE = 250;

function toProduct(row: VendreProductRow): Product | undefined {
  const sku = row.model?.trim();
  if (!sku) return undefined;
  const parsed = productSchema.safeParse({
    sku,
    name: row.name?.trim() ?? "",
    ...(row.ean?.trim() ? { ean: row.ean.trim() } : {}),
    ...(row.weight ? { weightGrams: Math.round(row.weight) } : {}),
    active: row.active ?? true,
  });
  // An empty name is passed on as it is: the warehouse's refusal tells the merchant what to fix.
  return parsed.success ? parsed.data : { sku, name: row.name?.trim() ?? "", barcodes: [], active: row.active ?? true };
}

const toItems = (rows: VendreProductRow[]): SourceProduct[] =>
  rows.flatMap((row) => {
    const product = toProduct(row);
    return product ? [{ product, sourceRef: String(row.id) }] : [];
  });

export async function listProducts(ctx: VendreContext, input: ListProductsInput): Promise<Page<SourceProduct>> {
  const offset = input.cursor ? Math.max(0, Number.parseInt(input.cursor, 10) || 0) : 0;
  const size = Math.min(input.limit ?? PRODUCTS_PER_PAGE, PRODUCTS_PER_PAGE);
  const res = await ctx.http.get("products", {
    query: { page_size: size, offset, ...(input.updatedSince ? { modified_since: input.updatedSince.toISOString() } : {}) },
    schema: listOf(productRow),
    operation: "list products",
    signal: ctx.signal,
  });
  const more = res.data.remaining > 0 && res.data.list.length > 0;
  return { items: toItems(res.data.list), nextCursor: more ? String(offset + res.data.list.length) : null, hasMore: more };
}

export async function getProducts(ctx: VendreContext, input: { skus: string[] }): Promise<SourceProduct[]> {
  const out: SourceProduct[] = [];
  for (const sku of [...new Set(input.skus)]) {
    const res = await ctx.http.get("products", { query: { model: sku, page_size: 1, offset: 0 }, schema: listOf(productRow), operation: "find product", signal: ctx.signal });
    out.push(...toItems(res.data.list.filter((r) => r.model === sku)));
  }
  return out;
}

/** One PUT per product (no batch is known); products without a known id are looked up by model first. */
export async function writeStock(ctx: VendreContext, input: { changes: StockWrite[] }): Promise<StockWriteResult[]> {
  const lookup = input.changes.filter((c) => !c.sourceRef);
  const ids = new Map((lookup.length ? await getProducts(ctx, { skus: lookup.map((c) => c.sku) }) : []).map((p) => [p.product.sku, p.sourceRef!]));
  const results: StockWriteResult[] = [];
  for (const change of input.changes) {
    const id = change.sourceRef ?? ids.get(change.sku);
    if (!id) {
      results.push({ sku: change.sku, outcome: "unknown_sku", error: `Vendre has no product with the article number ${change.sku}` });
      continue;
    }
    try {
      await ctx.http.put(`products/${encodeURIComponent(id)}`, { quantity: Math.max(0, Math.trunc(change.quantity)) }, { schema: z.unknown(), operation: "set stock", signal: ctx.signal, idempotent: true });
      results.push({ sku: change.sku, outcome: "written" });
    } catch (error) {
      if (!isPartnerError(error) || error.kind === "transient") throw error;
      results.push({ sku: change.sku, outcome: "failed", error: error.message });
    }
  }
  return results;
}
