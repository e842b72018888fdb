import { z } from "zod";
import { isPartnerError } from "@/lib/http/errors";
import { productSchema, type Product } from "@/lib/orders";
import type { ListProductsInput, SourceProduct, StockWrite, StockWriteResult } from "../../sync-types";
import type { ConnectorContext, Page } from "../../types";
import { countryCodes } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { pageSchema } from "../schemas";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

/**
 * Products are plentymarkets variations (`GET /rest/items/variations`, fact sheet §2); the
 * variation number is the SKU a warehouse knows. Field names of the Variation and Item models:
 * plugin interface docs (repo plentymarkets/docs-raw, Item.md); `with` and `updatedBetween` as
 * the OpenAPI describes them.
 */
const variationSchema = z.looseObject({
  id: z.number(),
  number: z.string().nullish(),
  name: z.string().nullish(),
  isActive: z.boolean().nullish(),
  weightG: z.number().nullish(),
  widthMM: z.number().nullish(),
  lengthMM: z.number().nullish(),
  heightMM: z.number().nullish(),
  variationBarcodes: z.array(z.looseObject({ code: z.string() })).nullish(),
  item: z.looseObject({ customsTariffNumber: z.string().nullish(), producingCountryId: z.number().nullish() }).nullish(),
});
type PlentyVariation = z.output<typeof variationSchema>;
const variationsPage = pageSchema(variationSchema);

const WITH = "variationBarcodes,item";
/** Variations per page. GUESS: the spec's default is 50; 250 is the cap we observed for other lists. */
export const VARIATIONS_PER_PAGE = 250;
/** Corrections per request. GUESS: the spec names no limit. */
export const CORRECTIONS_PER_REQUEST = 100;

function toProduct(v: PlentyVariation, countries: ReadonlyMap<number, string>): Product | undefined {
  const codes = (v.variationBarcodes ?? []).map((b) => b.code.trim()).filter(Boolean);
  const dims = v.lengthMM && v.widthMM && v.heightMM ? { lengthMm: Math.round(v.lengthMM), widthMm: Math.round(v.widthMM), heightMm: Math.round(v.heightMM) } : undefined;
  const country = v.item?.producingCountryId ? countries.get(v.item.producingCountryId) : undefined;
  // A variation the shop keeps without a number cannot be known by a warehouse: it is left out.
  const parsed = productSchema.safeParse({
    sku: v.number?.trim() ?? "",
    // An empty name is passed on: the warehouse's refusal tells the merchant what to fix.
    name: v.name?.trim() ?? "",
    ...(codes[0] ? { ean: codes[0] } : {}),
    barcodes: codes.slice(1),
    ...(v.weightG ? { weightGrams: Math.round(v.weightG) } : {}),
    ...(dims ? { dimensions: dims } : {}),
    ...(v.item?.customsTariffNumber ? { customsTariffNumber: v.item.customsTariffNumber } : {}),
    ...(country ? { countryOfOrigin: country } : {}),
    active: v.isActive ?? true,
  });
  if (parsed.success) return parsed.data;
  if (v.number?.trim()) return { sku: v.number.trim(), name: v.name?.trim() ?? "", barcodes: [], active: v.isActive ?? true };
  return undefined;
}

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

/** One page of variations (all, or updated since), sorted by id; the cursor is the next page number. */
export async function listProducts(ctx: Ctx, input: ListProductsInput): Promise<Page<SourceProduct>> {
  const page = input.cursor ? Math.max(1, Number.parseInt(input.cursor, 10) || 1) : 1;
  const res = await ctx.http.request({
    method: "GET",
    path: "/rest/items/variations",
    query: {
      with: WITH,
      page,
      itemsPerPage: Math.min(input.limit ?? VARIATIONS_PER_PAGE, VARIATIONS_PER_PAGE),
      ...(input.updatedSince ? { updatedBetween: unix(input.updatedSince) } : {}),
    },
    schema: variationsPage,
    operation: "list variations",
  });
  const countries = res.data.entries.some((v) => v.item?.producingCountryId) ? await countryCodes(ctx) : new Map<number, string>();
  const items = res.data.entries.flatMap((v) => {
    const product = toProduct(v, countries);
    return product ? [{ product, sourceRef: String(v.id) }] : [];
  });
  const last = res.data.isLastPage || page >= res.data.lastPageNumber;
  return { items, nextCursor: last ? null : String(page + 1), hasMore: !last };
}

/** The variations with these numbers (`numberExact`, one call per SKU: the filter takes one number). */
export async function getProducts(ctx: Ctx, input: { skus: string[] }): Promise<SourceProduct[]> {
  const out: SourceProduct[] = [];
  let countries: ReadonlyMap<number, string> | undefined;
  for (const sku of [...new Set(input.skus)]) {
    const res = await ctx.http.request({ method: "GET", path: "/rest/items/variations", query: { with: WITH, numberExact: sku }, schema: variationsPage, operation: "find variation" });
    const v = res.data.entries.find((e) => e.number === sku);
    if (!v) continue;
    countries ??= v.item?.producingCountryId ? await countryCodes(ctx) : new Map();
    const product = toProduct(v, countries);
    if (product) out.push({ product, sourceRef: String(v.id) });
  }
  return out;
}

/**
 * Stock corrections into the connection's warehouse and storage location (seed 004), reason 301
 * (stock correction), in batches. SKUs without a known variation id are looked up first; one
 * the shop lacks is reported, not written.
 */
export async function writeStock(ctx: Ctx, input: { changes: StockWrite[] }): Promise<StockWriteResult[]> {
  const results: StockWriteResult[] = [];
  const resolved: Array<StockWrite & { variationId: number }> = [];
  const unknown = input.changes.filter((c) => !c.sourceRef || !/^\d+$/.test(c.sourceRef));
  const found = unknown.length > 0 ? await getProducts(ctx, { skus: unknown.map((c) => c.sku) }) : [];
  const idOf = new Map(found.map((p) => [p.product.sku, Number(p.sourceRef)]));
  for (const change of input.changes) {
    const variationId = change.sourceRef && /^\d+$/.test(change.sourceRef) ? Number(change.sourceRef) : idOf.get(change.sku);
    if (variationId === undefined) results.push({ sku: change.sku, outcome: "unknown_sku", error: `plentymarkets has no variation with the number ${change.sku}` });
    else resolved.push({ ...change, variationId });
  }
  const { warehouseId, storageLocationId } = ctx.credentials;
  for (let i = 0; i < resolved.length; i += CORRECTIONS_PER_REQUEST) {
    const batch = resolved.slice(i, i + CORRECTIONS_PER_REQUEST);
    const corrections = batch.map((c) => ({ variationId: c.variationId, quantity: Math.max(0, Math.trunc(c.quantity)), storageLocationId, reasonId: 301 }));
    try {
      await ctx.http.request({
        method: "PUT",
        path: `/rest/stockmanagement/warehouses/${warehouseId}/stock/correction`,
        body: { corrections },
        // An absolute figure: writing it twice changes nothing, so a timeout may be repeated.
        idempotent: true,
        schema: z.unknown(),
        operation: "correct stock",
      });
      results.push(...batch.map((c) => ({ sku: c.sku, outcome: "written" as const })));
    } catch (error) {
      if (!isPartnerError(error) || error.kind === "transient") throw error;
      const reason = refusal(error.body) ?? error.message;
      results.push(...batch.map((c) => ({ sku: c.sku, outcome: "failed" as const, error: reason })));
    }
  }
  return results;
}

const refusalSchema = z.looseObject({
  error: z.union([z.string(), z.looseObject({ message: z.string().optional() })]).optional(),
  validation_errors: z.record(z.string(), z.array(z.string())).optional(),
});

/** plentymarkets' words for a refusal: the validation errors, else the error message (fact sheet §8). */
function refusal(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = refusalSchema.safeParse(JSON.parse(body));
    if (!parsed.success) return undefined;
    // Blank words are no reason: the caller falls back to the HTTP error's own message.
    const details = Object.values(parsed.data.validation_errors ?? {}).flat().filter((d) => d.trim());
    if (details.length > 0) return details.join(" ");
    const e = parsed.data.error;
    const message = typeof e === "string" ? e : e?.message;
    return message?.trim() ? message : undefined;
  } catch {
    return undefined;
  }
}
