import { isValidGtin } from "../../gtin";
import { fail, invalid, missing, notFound, obj, ok, readObject, str } from "../http";
import { route, type RouteContext } from "../router";
import type { Product, ShopState } from "../store";
import { parseHourDate } from "../wemalo-time";
import type { World } from "../world";

const OWN_FIELDS = new Set(["externalId", "extId", "sku", "name", "productGroup", "isActive", "shop"]);

type Draft = { externalId: string; body: Record<string, unknown> };

const EAN_FIELDS = ["ean", "ean2", "ean3", "ean4"] as const;

/**
 * externalId, sku and productGroup are required for a new product [M1]; existing ones merge.
 * GUESS (the apidoc lists the fields, not their checks): a new product needs a name, and an EAN
 * must be a valid GTIN; the error names the product, as wemalo's errors name field and value.
 * One bad product refuses the whole request (addMultiple is all or nothing here).
 */
function validate(shop: ShopState, drafts: Draft[]): Response | undefined {
  const skus = new Map<string, string>();
  for (const { externalId, body } of drafts) {
    const existing = shop.products.get(externalId);
    const sku = str(body.sku) ?? existing?.sku;
    if (!sku) return missing("sku");
    if (!existing && !str(body.productGroup)) return missing("productGroup");
    const owner = shop.productBySku(sku);
    if ((owner && owner.externalId !== externalId) || (skus.has(sku) && skus.get(sku) !== externalId)) return invalid("sku", sku, "sku has to be unique");
    skus.set(sku, externalId);
    const name = str(body.name) ?? existing?.name;
    if (!name || name.trim() === "") return fail(400, `product ${externalId}: name is required`, [{ type: "missingParameter", field: "name", value: externalId, message: `product ${externalId}: name is required` }]);
    for (const field of EAN_FIELDS) {
      const code = str(body[field]);
      if (code !== undefined && code !== "" && !isValidGtin(code)) return invalid(field, code, `product ${externalId}: ${field} ${code} is not a valid EAN/GTIN`);
    }
  }
  return undefined;
}

function apply(world: World, shop: ShopState, { externalId, body }: Draft): Product {
  const now = world.now();
  const fields = Object.fromEntries(Object.entries(body).filter(([k]) => !OWN_FIELDS.has(k)));
  const existing = shop.products.get(externalId);
  if (existing) {
    Object.assign(existing, {
      sku: str(body.sku) ?? existing.sku,
      name: str(body.name) ?? existing.name,
      productGroup: str(body.productGroup) ?? existing.productGroup,
      isActive: typeof body.isActive === "boolean" ? body.isActive : existing.isActive,
      fields: { ...existing.fields, ...fields },
      updatedAt: now,
    });
    return existing;
  }
  const product: Product = {
    id: world.seq.take("product"),
    externalId,
    sku: str(body.sku)!,
    name: str(body.name) ?? "",
    productGroup: str(body.productGroup)!,
    fields,
    isActive: typeof body.isActive === "boolean" ? body.isActive : true,
    stock: world.options.initialStock,
    updatedAt: now,
    stockChangedAt: now,
  };
  shop.products.set(externalId, product);
  return product;
}

export function productView(p: Product): Record<string, unknown> {
  return { ...p.fields, id: p.id, externalId: p.externalId, sku: p.sku, name: p.name, productGroup: p.productGroup, isActive: p.isActive };
}

function stockArticles(ctx: RouteContext, p: Product) {
  return [{
    attributeId: 3, quantity: p.stock, ean: str(p.fields.ean) ?? "", clientId: ctx.account.clientId, productId: p.id,
    serialnumber: "", clientName: ctx.shop.shop, attributeEnglish: "1. Choice", attributeGerman: "1. Wahl", sku: p.sku,
    barcode: p.id.toString(36).toUpperCase(), productName: p.name,
  }];
}

function since(ctx: RouteContext): Date | Response {
  const raw = ctx.query.get("fromDate");
  if (!raw) return missing("fromDate");
  return parseHourDate(raw) ?? invalid("fromDate", raw, "format ddMMyyyyHH expected");
}

export const productRoutes = [
  route("POST", "/product/add", async (ctx) => {
    const body = await readObject(ctx.request);
    if (!body) return invalid("body", undefined, "body must be a JSON object");
    const externalId = str(body.externalId);
    if (!externalId) return missing("externalId");
    if (ctx.shop.products.has(externalId)) return invalid("externalId", externalId, "product with this externalId exists already"); // guessed
    const problem = validate(ctx.shop, [{ externalId, body }]);
    if (problem) return problem;
    apply(ctx.world, ctx.shop, { externalId, body });
    return ok();
  }),

  /**
   * `POST /product/addMultiple { products: [...] }` [M1]. wemalo's plugin sends every product save
   * through it [M2], so it is simulated as an upsert keyed on externalId (inferred). The apidoc
   * example spells the key `extId`; both spellings are accepted.
   */
  route("POST", "/product/addMultiple", async (ctx) => {
    const body = await readObject(ctx.request);
    const list = body && Array.isArray(body.products) ? body.products : undefined;
    if (!list) return missing("products");
    const drafts: Draft[] = [];
    for (const raw of list) {
      const item = obj(raw);
      const externalId = item && (str(item.externalId) ?? str(item.extId));
      if (!item || !externalId) return missing("externalId");
      drafts.push({ externalId, body: item });
    }
    ctx.call.items = drafts.length;
    const problem = validate(ctx.shop, drafts);
    if (problem) return problem;
    for (const draft of drafts) apply(ctx.world, ctx.shop, draft);
    return ok();
  }),

  route("PUT", "/product/update/:externalId", async (ctx) => {
    const externalId = ctx.params.externalId!;
    if (!ctx.shop.products.has(externalId)) return notFound("externalId", externalId, `No product with externalId ${externalId} found.`);
    const body = await readObject(ctx.request);
    if (!body) return invalid("body", undefined, "body must be a JSON object");
    const problem = validate(ctx.shop, [{ externalId, body }]);
    if (problem) return problem;
    apply(ctx.world, ctx.shop, { externalId, body });
    return ok();
  }),

  route("PUT", "/product/changeActiveFlag/:externalId", async (ctx) => {
    const product = ctx.shop.products.get(ctx.params.externalId!);
    if (!product) return notFound("externalId", ctx.params.externalId, "product not found");
    const isActive = ((await readObject(ctx.request)) ?? {}).isActive;
    if (typeof isActive !== "boolean") return missing("isActive");
    product.isActive = isActive;
    product.updatedAt = ctx.world.now();
    return ok();
  }),

  /** Unknown externalId answers 400 as the apidoc documents for the stock call [M1]. */
  route("GET", "/product/get/:externalId", (ctx) => {
    const product = ctx.shop.products.get(ctx.params.externalId!);
    return product ? ok(productView(product)) : fail(400, "Product external identifier not found", [{ type: "NOT_FOUND", field: "externalId", value: ctx.params.externalId, message: "Product external identifier not found" }]);
  }),

  route("GET", "/product/getAll", (ctx) => {
    const from = since(ctx);
    if (from instanceof Response) return from;
    return ok({ products: [...ctx.shop.products.values()].filter((p) => p.updatedAt >= from).map(productView) });
  }),

  route("GET", "/product/stock/:externalId", (ctx) => {
    const product = ctx.shop.products.get(ctx.params.externalId!);
    if (!product) return fail(400, "Product external identifier not found", [{ type: "NOT_FOUND", field: "externalId", value: ctx.params.externalId, message: "Product external identifier not found" }]);
    return ok({ articles: stockArticles(ctx, product) });
  }),

  /** Products whose stock changed since `fromDate` (ddMMyyyyHH) with quantity per attribute [M1]. */
  route("GET", "/product/availableStock", (ctx) => {
    const from = since(ctx);
    if (from instanceof Response) return from;
    const articles = [...ctx.shop.products.values()]
      .filter((p) => p.stockChangedAt >= from)
      .map((p) => ({
        id: p.id, sku: p.sku, ean: str(p.fields.ean) ?? "", externalId: p.externalId, virtualQuantity: 0,
        attributes: [{ id: 91, isDefault: true, external: "1", quantity: Math.max(0, p.stock - ctx.shop.reserved(p.id)) }],
      }));
    return ok({ articles });
  }),

  /** `GET /product/shop` → `{ shop }`; the plugin loads the shop name this way [M2]. */
  route("GET", "/product/shop", (ctx) => ok({ shop: ctx.account.shop })),
];
