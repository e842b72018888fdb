import { z } from "zod";
import { isPartnerError, type PartnerError } from "@/lib/http/errors";
import { productSchema, type Product } from "@/lib/orders";
import type { ListProductsInput, SourceProduct, StockWrite, StockWriteResult } from "../sync-types";
import type { Page } from "../types";
import { rbCall, rbPage, type RackbeatContext } from "./api";
import { DEFAULT_STOCK_LOCATION } from "./credentials";
import { errorText, wrapped } from "./schemas";

/**
 * Rackbeat as the source of product and stock sync (partners/rackbeat.md, "Products, items,
 * stock"). Products are addressed by `number` = the SKU [R1]; the catalogue is `GET products`,
 * paged like every list [R §3]; one product `GET products/{number}` (`{ product }` [K2]). Fields
 * from the older model [R4] Product.md / ProductsPhysical.md: `barcode`, `physical.weight` with its
 * `weight_unit`. GUESS: `is_barred` / `is_active` for "no longer sold", the unit names, and
 * `updated_after` as the updated-since filter (none is documented); so the list is also filtered
 * here on `updated_at`, and a Rackbeat that ignores the filter costs pages, not correctness.
 *
 * Stock is set by adjustment: the in-stock figure at the connection's location is read
 * (`GET products/{number}/locations/{location}` → `{ product_location }` [R2] Product.php; field
 * names GUESS after [R4] Product.md) and the difference posted as `POST inventory-adjustment` with
 * the fields of [R4] InventoryAdjustmentForm (location_number, quantity, regulated_at, reason,
 * item_type, item_number, description; the reason text is GUESS).
 */
const rbProductRow = z.looseObject({
  // "Can be either a string or an integer" [R4] Product.md.
  number: z.union([z.string(), z.number()]).transform(String),
  name: z.string().nullish(),
  barcode: z.string().nullish(),
  physical: z.looseObject({ weight: z.number().nullish(), weight_unit: z.string().nullish() }).nullish(),
  is_barred: z.boolean().nullish(),
  is_active: z.boolean().nullish(),
  updated_at: z.string().nullish(),
});
type RbProductRow = z.output<typeof rbProductRow>;

const productLocationSchema = wrapped(
  "product_location",
  z.looseObject({ stock_quantity: z.number().nullish(), in_stock: z.number().nullish(), available_quantity: z.number().nullish() }),
);
const adjustmentAnswer = z.looseObject({});

/** Products per page: the official SDK asks 200 for "all" [R1]. */
export const PRODUCTS_PER_PAGE = 200;
/** GUESS: the adjustment's reason and description (free text in [R4]). */
export const ADJUSTMENT_REASON = "Lagerbro stock sync";

const GRAMS_PER_UNIT: Record<string, number> = { g: 1, gram: 1, grams: 1, kg: 1000, kilogram: 1000, lb: 453.59237, lbs: 453.59237, oz: 28.349523125 };

/** Grams, from `physical.weight` in its `weight_unit` [R4]; no unit = grams (as orders read it, map-order.ts); an unknown unit = no weight. */
export function weightGrams(physical: RbProductRow["physical"]): number | undefined {
  const weight = physical?.weight;
  if (typeof weight !== "number" || !(weight > 0)) return undefined;
  const unit = physical?.weight_unit?.trim().toLowerCase();
  const factor = unit ? GRAMS_PER_UNIT[unit] : 1;
  return factor === undefined ? undefined : Math.round(weight * factor);
}

export function toProduct(row: RbProductRow): Product | undefined {
  const sku = row.number.trim();
  if (!sku) return undefined;
  const active = row.is_active ?? (row.is_barred == null ? true : !row.is_barred);
  const grams = weightGrams(row.physical);
  const barcode = row.barcode?.trim();
  const parsed = productSchema.safeParse({
    sku,
    name: row.name?.trim() ?? "",
    ...(barcode ? { ean: barcode } : {}),
    ...(grams ? { weightGrams: grams } : {}),
    active,
  });
  // An empty name or odd barcode is passed on as it is: the warehouse's refusal tells the merchant what to fix.
  return parsed.success ? parsed.data : { sku, name: row.name?.trim() ?? "", ...(barcode ? { ean: barcode } : {}), barcodes: [], ...(grams ? { weightGrams: grams } : {}), active };
}

const toItems = (rows: RbProductRow[]): SourceProduct[] =>
  rows.flatMap((row) => {
    const product = toProduct(row);
    return product ? [{ product }] : [];
  });

/** One page of the catalogue (all, or updated since), by number; the cursor is the next page number. */
export async function listProducts(ctx: RackbeatContext, input: ListProductsInput): Promise<Page<SourceProduct>> {
  const page = input.cursor && /^\d+$/.test(input.cursor) ? Math.max(1, Number(input.cursor)) : 1;
  const limit = Math.min(Math.max(input.limit ?? PRODUCTS_PER_PAGE, 1), PRODUCTS_PER_PAGE);
  const since = input.updatedSince;
  const { items, hasNext } = await rbPage(ctx, {
    path: "/products",
    key: "products",
    item: rbProductRow,
    query: { order_by: "number", order_direction: "asc", ...(since ? { updated_after: since.toISOString() } : {}) },
    page,
    limit,
    operation: "list products",
  });
  const changed = since ? items.filter((row) => !row.updated_at || !(Date.parse(row.updated_at) < since.getTime())) : items;
  return { items: toItems(changed), nextCursor: hasNext ? String(page + 1) : null, hasMore: hasNext };
}

const notFound = (error: unknown): error is PartnerError => isPartnerError(error) && error.status === 404;

async function findProduct(ctx: RackbeatContext, sku: string): Promise<RbProductRow | undefined> {
  try {
    const res = await rbCall(ctx, { method: "GET", path: `/products/${encodeURIComponent(sku)}`, schema: wrapped("product", rbProductRow), operation: "find product" });
    return res.data.product;
  } catch (error) {
    if (notFound(error)) return undefined;
    throw error;
  }
}

/** These SKUs' products, one `GET products/{number}` each; SKUs Rackbeat lacks are left out. */
export async function getProducts(ctx: RackbeatContext, input: { skus: string[] }): Promise<SourceProduct[]> {
  const out: SourceProduct[] = [];
  for (const sku of [...new Set(input.skus)]) {
    const row = await findProduct(ctx, sku);
    if (row && row.number === sku) out.push(...toItems([row]));
  }
  return out;
}

/** The location stock sync books at: the connection's setting, else location 1. */
export const stockLocationOf = (ctx: RackbeatContext): string => ctx.settings.stockLocation?.trim() || DEFAULT_STOCK_LOCATION;

/**
 * Sets each SKU's in-stock figure at the connection's location to the warehouse's (never below 0):
 * reads it, then posts the difference as one adjustment; nothing is posted where it already holds.
 * An adjustment is not repeated after a timeout (it is a difference, not a figure). A SKU Rackbeat
 * lacks is "unknown_sku"; a refusal is "failed" with Rackbeat's reason; what a retry may fix
 * (server errors, a malformed answer) is thrown.
 */
export async function writeStock(ctx: RackbeatContext, input: { changes: StockWrite[] }): Promise<StockWriteResult[]> {
  const location = stockLocationOf(ctx);
  const results: StockWriteResult[] = [];
  for (const change of input.changes) {
    const target = Math.max(0, Math.trunc(change.quantity));
    try {
      const current = await stockAt(ctx, change.sku, location);
      if (current === "unknown_sku") {
        results.push({ sku: change.sku, outcome: "unknown_sku", error: `Rackbeat has no product with the number ${change.sku}` });
        continue;
      }
      if (current === "no_location") {
        results.push({ sku: change.sku, outcome: "failed", error: `Rackbeat has no location ${location} for ${change.sku}: check the stock location in the Rackbeat connection's settings` });
        continue;
      }
      const difference = target - current;
      if (difference !== 0) {
        await rbCall(ctx, {
          method: "POST",
          path: "/inventory-adjustment",
          body: {
            item_type: "product",
            item_number: change.sku,
            location_number: location,
            quantity: difference,
            reason: ADJUSTMENT_REASON,
            description: `Stock at the warehouse: ${target}`,
            regulated_at: ctx.now().toISOString(),
          },
          schema: adjustmentAnswer,
          operation: "adjust stock",
        });
      }
      results.push({ sku: change.sku, outcome: "written" });
    } catch (error) {
      if (!isPartnerError(error) || error.kind === "transient") throw error;
      results.push({ sku: change.sku, outcome: "failed", error: refusal(error) });
    }
  }
  return results;
}

async function stockAt(ctx: RackbeatContext, sku: string, location: string): Promise<number | "unknown_sku" | "no_location"> {
  try {
    const res = await rbCall(ctx, {
      method: "GET",
      path: `/products/${encodeURIComponent(sku)}/locations/${encodeURIComponent(location)}`,
      schema: productLocationSchema,
      operation: "read stock at location",
    });
    const at = res.data.product_location!;
    return at.stock_quantity ?? at.in_stock ?? 0;
  } catch (error) {
    if (!notFound(error)) throw error;
    // The product or the location is missing: which one decides what the merchant must fix.
    return (await findProduct(ctx, sku)) ? "no_location" : "unknown_sku";
  }
}

/** Rackbeat's words for a refusal (Laravel-style body [R §7]), else the HTTP error's message. */
function refusal(error: PartnerError): string {
  if (!error.body) return error.message;
  try {
    return errorText(JSON.parse(error.body)) ?? error.message;
  } catch {
    return error.message;
  }
}
