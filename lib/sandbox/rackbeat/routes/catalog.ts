import { DEFAULT_ACCOUNT, DEFAULT_PAYMENT_TERMS_ID } from "../facts";
import { invalid, json, notFound, paged, readJson } from "../http";
import { renderCustomer, renderProduct } from "../render";
import type { RackbeatAddress } from "../store";
import type { Route } from "./context";

export const catalogRoutes: Route[] = [
  // [R3] GET /api/self; GUESS: `{ user, team }`.
  { method: "GET", pattern: /^\/self$/, handle: () => json(200, { user: DEFAULT_ACCOUNT.user, team: { id: DEFAULT_ACCOUNT.id, name: DEFAULT_ACCOUNT.name } }) },
  {
    method: "GET",
    pattern: /^\/delivery-terms$/,
    handle: (ctx) => paged(ctx.url, "delivery_terms", [...ctx.store.deliveryTerms.values()].sort((a, b) => a.id - b.id), (t) => t),
  },
  {
    // Paged like every list [R1] BaseResource.php, by number. GUESS: `updated_after` (ISO time)
    // keeps products updated at or after it — no updated-since filter is documented [R §2].
    method: "GET",
    pattern: /^\/products$/,
    handle: (ctx) => {
      const after = ctx.url.searchParams.get("updated_after");
      const since = after === null ? null : Date.parse(after);
      if (since !== null && Number.isNaN(since)) return invalid({ updated_after: ["The updated after is not a valid date."] });
      const rows = [...ctx.store.products.values()].filter((p) => since === null || p.updated_at.getTime() >= since).sort((a, b) => a.number.localeCompare(b.number));
      return paged(ctx.url, "products", rows, (p) => renderProduct(p, ctx.store));
    },
  },
  {
    method: "GET",
    pattern: /^\/products\/([^/]+)$/,
    handle: (ctx) => {
      const product = ctx.store.products.get(decodeURIComponent(ctx.params[0]!));
      return product ? json(200, { product: renderProduct(product, ctx.store) }) : notFound();
    },
  },
  {
    // Products are addressed by `number` [R1]. GUESS: `sales_price`, `physical.weight` in the body.
    method: "POST",
    pattern: /^\/products$/,
    handle: async (ctx) => {
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const b = body.value as { number?: unknown; name?: unknown; sales_price?: unknown; physical?: { weight?: unknown } };
      if (typeof b.number !== "string" || b.number === "") return invalid({ number: ["The number field is required."] });
      if (typeof b.name !== "string" || b.name === "") return invalid({ name: ["The name field is required."] });
      if (ctx.store.products.has(b.number)) return invalid({ number: ["The number has already been taken."] });
      const now = ctx.store.now();
      const product = {
        number: b.number,
        name: b.name,
        sales_price: typeof b.sales_price === "number" ? b.sales_price : 0,
        weight: typeof b.physical?.weight === "number" ? b.physical.weight : null,
        barcode: null,
        is_barred: false,
        created_at: now,
        updated_at: now,
      };
      ctx.store.products.set(product.number, product);
      return json(201, { product: renderProduct(product) });
    },
  },
  {
    // Plain `field=value` filters [R1]; GUESS: `contact_email`, `name`.
    method: "GET",
    pattern: /^\/customers$/,
    handle: (ctx) => {
      const email = ctx.url.searchParams.get("contact_email");
      const name = ctx.url.searchParams.get("name");
      const rows = [...ctx.store.customers.values()].filter((c) => (email === null || c.contact_email === email) && (name === null || c.name === name)).sort((a, b) => a.number - b.number);
      return paged(ctx.url, "customers", rows, renderCustomer);
    },
  },
  {
    method: "GET",
    pattern: /^\/customers\/(\d+)$/,
    handle: (ctx) => {
      const customer = ctx.store.customers.get(Number(ctx.params[0]));
      return customer ? json(200, { customer: renderCustomer(customer) }) : notFound();
    },
  },
  {
    // Fields from the older CustomerForm [R4]: company_name, address_*, contact_email, payment_terms_id. GUESS: `name`.
    method: "POST",
    pattern: /^\/customers$/,
    handle: async (ctx) => {
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const b = body.value as Record<string, unknown>;
      const name = typeof b.name === "string" && b.name !== "" ? b.name : typeof b.company_name === "string" ? b.company_name : "";
      if (name === "") return invalid({ name: ["The name field is required."] });
      const str = (k: string) => (typeof b[k] === "string" ? (b[k] as string) : null);
      const now = ctx.store.now();
      const address: RackbeatAddress = { street: str("address_street"), street2: str("address_street2"), city: str("address_city"), zipcode: str("address_zipcode"), country: str("address_country") };
      const customer = {
        number: ctx.store.nextId("customer"),
        name,
        company_name: str("company_name"),
        contact_email: str("contact_email"),
        address,
        payment_terms_id: typeof b.payment_terms_id === "number" ? b.payment_terms_id : DEFAULT_PAYMENT_TERMS_ID,
        created_at: now,
        updated_at: now,
      };
      ctx.store.customers.set(customer.number, customer);
      return json(201, { customer: renderCustomer(customer) });
    },
  },
];
