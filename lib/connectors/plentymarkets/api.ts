import type { z } from "zod";
import type { HttpClient, Query } from "@/lib/http/types";
import type { ConnectorContext } from "../types";
import type { PlentyCredentials } from "./credentials";
import {
  countrySchema,
  listSchema,
  orderSchema,
  ordersPageSchema,
  packageTypeSchema,
  pageSchema,
  shippingPackageSchema,
  shippingProfileSchema,
  statusSchema,
  storageLocationSchema,
  warehouseSchema,
  webstoreSchema,
  type PlentyOrder,
  type PlentyShippingProfile,
} from "./schemas";

/** Thin, typed wrappers over the plentymarkets routes the connector uses. */

type Ctx = ConnectorContext<PlentyCredentials, unknown>;

async function get<T>(ctx: Ctx, path: string, schema: z.ZodType<T>, operation: string, query?: Query): Promise<T> {
  return (await ctx.http.request({ method: "GET", path, query, schema, operation })).data;
}

/** Pages through a paginated list until isLastPage (trusting lastPageNumber too, fact sheet §3). */
async function allPages<T extends z.ZodType>(ctx: Ctx, path: string, entry: T, operation: string, query: Query = {}): Promise<z.output<T>[]> {
  const out: z.output<T>[] = [];
  for (let page = 1; ; page++) {
    const res = await get(ctx, path, pageSchema(entry), operation, { ...query, page, itemsPerPage: 250 });
    out.push(...res.entries);
    if (res.isLastPage || page >= res.lastPageNumber) return out;
  }
}

export const orderRelations = ["addresses", "orderItems.variation"] as const;

export interface OrdersQuery {
  statusFrom: number;
  statusTo: number;
  page: number;
  itemsPerPage: number;
  withRelations: boolean;
}

/** GET /rest/orders, sorted by id, limited to the configured warehouse. */
export function listOrdersPage(ctx: Ctx, q: OrdersQuery) {
  return get(ctx, "/rest/orders", ordersPageSchema, "list orders", {
    statusFrom: q.statusFrom,
    statusTo: q.statusTo,
    warehouseId: ctx.credentials.warehouseId,
    sortBy: "id",
    sortOrder: "asc",
    page: q.page,
    itemsPerPage: q.itemsPerPage,
    addOrderItems: q.withRelations,
    "with[]": q.withRelations ? [...orderRelations] : undefined,
  });
}

export function getOrder(ctx: Ctx, orderId: string, relations: readonly string[]): Promise<PlentyOrder> {
  return get(ctx, `/rest/orders/${encodeURIComponent(orderId)}`, orderSchema, "get order", { "with[]": [...relations] });
}

/** PUT /rest/orders/{id} with statusId (and properties, e.g. the shipping profile). */
export async function updateOrder(ctx: Ctx, orderId: string, body: { statusId?: number; properties?: { typeId: number; value: string }[] }, operation: string) {
  await ctx.http.request({ method: "PUT", path: `/rest/orders/${encodeURIComponent(orderId)}`, body, operation, schema: orderSchema });
}

export interface NewPackage {
  packageId: number;
  packageNumber: string;
  weight?: number;
  packageType: number;
}

export async function addShippingPackage(ctx: Ctx, orderId: string, pkg: NewPackage) {
  const res = await ctx.http.request({
    method: "POST",
    path: `/rest/orders/${encodeURIComponent(orderId)}/shipping/packages`,
    body: pkg,
    schema: shippingPackageSchema,
    operation: "add shipping package",
  });
  return res.data;
}

export const listStatuses = (ctx: Ctx) => allPages(ctx, "/rest/orders/statuses", statusSchema, "list statuses");
export const listWarehouses = (ctx: Ctx) => get(ctx, "/rest/stockmanagement/warehouses", listSchema(warehouseSchema), "list warehouses");
export const listStorageLocations = (ctx: Ctx, warehouseId: number) =>
  allPages(ctx, `/rest/stockmanagement/warehouses/${warehouseId}/management/storageLocations`, storageLocationSchema, "list storage locations");
export const listWebstores = (ctx: Ctx) => get(ctx, "/rest/webstores", listSchema(webstoreSchema), "list clients");

/** Lookups that rarely change are fetched once per HTTP client, i.e. once per run of a connection. */
function memo<T>(load: (ctx: Ctx) => Promise<T>): (ctx: Ctx) => Promise<T> {
  const cache = new WeakMap<HttpClient, Promise<T>>();
  return (ctx) => {
    let hit = cache.get(ctx.http);
    if (!hit) {
      hit = load(ctx);
      cache.set(ctx.http, hit);
      hit.catch(() => cache.delete(ctx.http));
    }
    return hit;
  };
}

export const listShippingProfiles: (ctx: Ctx) => Promise<PlentyShippingProfile[]> = memo((ctx) =>
  get(ctx, "/rest/orders/shipping/presets", listSchema(shippingProfileSchema), "list shipping profiles"),
);

export const listPackageTypes = memo((ctx) => get(ctx, "/rest/orders/shipping/package_types", listSchema(packageTypeSchema), "list package types"));

/** plentymarkets country id → ISO 3166-1 alpha-2 (its ids are its own, fact sheet §4). */
export const countryCodes: (ctx: Ctx) => Promise<Map<number, string>> = memo(async (ctx) => {
  const countries = await get(ctx, "/rest/orders/shipping/countries", listSchema(countrySchema), "list countries");
  return new Map(countries.map((c) => [c.id, c.isoCode2.toUpperCase()]));
});
