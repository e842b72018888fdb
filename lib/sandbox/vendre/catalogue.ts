import { MAX_PAGE_SIZE } from "./facts";
import { json, problem, readBody } from "./http";
import type { Route, RouteContext } from "./routes";

/**
 * The shop's catalogue. `GET /products` with `page_size` + `offset` → `{ list, remaining }` is
 * what a working client reads [V2]. Everything else here is a GUESS: the field names follow the
 * order lines (`model` = article number [V3]) and osCommerce (`products_quantity` style counts
 * kept as `quantity`); `modified_since` and `model` filters, and stock set by `PUT /products/{id}`
 * with `{ quantity }` (seed 001: products and stock can be handled through the REST API; PUT
 * updates). Vendre's documented alternative for stock is its import file (seed 001).
 */
export interface CatalogueProduct {
  id: number;
  model: string;
  name: string;
  ean: string;
  /** Grams. */
  weight: number;
  quantity: number;
  active: boolean;
  last_modified: string;
}

export class Catalogue {
  readonly products = new Map<number, CatalogueProduct>();
  private nextId = 230;

  put(now: Date, input: Partial<CatalogueProduct> & { model: string }): CatalogueProduct {
    const existing = [...this.products.values()].find((p) => p.model === input.model);
    const product: CatalogueProduct = existing ?? { id: this.nextId++, model: input.model, name: input.model, ean: "", weight: 0, quantity: 0, active: true, last_modified: now.toISOString() };
    Object.assign(product, input, { id: product.id, last_modified: now.toISOString() });
    this.products.set(product.id, product);
    return product;
  }
}

function list(ctx: RouteContext): Response {
  const catalogue = ctx.store.catalogue;
  const size = Number(ctx.url.searchParams.get("page_size") ?? 50);
  const offset = Number(ctx.url.searchParams.get("offset") ?? 0);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE || !Number.isInteger(offset) || offset < 0) {
    return problem(422, "Invalid paging", `page_size must be 1..${MAX_PAGE_SIZE}, offset >= 0`);
  }
  const sinceRaw = ctx.url.searchParams.get("modified_since");
  const since = sinceRaw ? new Date(sinceRaw) : undefined;
  if (since && Number.isNaN(since.getTime())) return problem(422, "Invalid filter", "modified_since must be an ISO 8601 date");
  const model = ctx.url.searchParams.get("model");
  const all = [...catalogue.products.values()]
    .filter((p) => (!since || new Date(p.last_modified) >= since) && (model === null || p.model === model))
    .sort((a, b) => a.id - b.id);
  const page = all.slice(offset, offset + size);
  return json(200, { list: page, remaining: Math.max(0, all.length - offset - page.length) });
}

async function setStock(ctx: RouteContext): Promise<Response> {
  const product = ctx.store.catalogue.products.get(Number(ctx.params[0]));
  if (!product) return problem(404, "Not found", `product ${ctx.params[0]} does not exist`);
  const body = await readBody(ctx.request);
  const quantity = body?.quantity;
  if (typeof quantity !== "number" || !Number.isInteger(quantity)) return problem(422, "Invalid product", "quantity must be a whole number");
  if (quantity < 0) return problem(422, "Invalid product", "quantity may not be negative");
  product.quantity = quantity;
  product.last_modified = ctx.store.now().toISOString();
  return json(200, product);
}

export const catalogueRoutes: Route[] = [
  { method: "GET", pattern: /^\/products\/?$/, handle: list },
  { method: "PUT", pattern: /^\/products\/(\d+)$/, handle: setStock },
];
