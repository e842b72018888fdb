import { z } from "zod";
import { fullName, moneyToNumber, type Order } from "@/lib/orders";
import { parseResponse, permanentError } from "@/lib/http";
import { rbCall, rbPage, type RackbeatContext } from "./api";
import { errorText, rbCustomerSchema, rbErrorSchema, rbProductSchema, wrapped } from "./schemas";

export interface CatalogResult {
  customerNumber: number;
  createdCustomer: boolean;
  createdProducts: string[];
}

/**
 * Seed 002: "from Webshipper, products and customers that Rackbeat lacks are created". Products
 * are looked up by number (= SKU [R1]); the customer by e-mail, else by name (plain field
 * filters [R1]; the names are GUESS). Volume is not synced.
 */
export async function ensureCatalog(ctx: RackbeatContext, order: Order): Promise<CatalogResult> {
  const createdProducts: string[] = [];
  const seen = new Set<string>();
  for (const line of order.lines) {
    if (seen.has(line.sku)) continue;
    seen.add(line.sku);
    if (await productExists(ctx, line.sku)) continue;
    const res = await rbCall(ctx, {
      method: "POST",
      path: "/products",
      body: { number: line.sku, name: line.name || line.sku, sales_price: moneyToNumber(line.unitPrice), ...(line.weightGrams !== undefined ? { physical: { weight: line.weightGrams } } : {}) },
      schema: z.union([wrapped("product", rbProductSchema), rbErrorSchema]),
      acceptStatus: [422],
      operation: "create product",
    });
    // Another writer (a retry whose answer was lost) made it first: the product exists, as wanted.
    if (res.status === 422 && (await productExists(ctx, line.sku))) continue;
    if (res.status === 422) throw permanentError("rackbeat", "rejected", `Rackbeat refused product ${line.sku}: ${errorText(res.data) ?? "no reason given"}`);
    createdProducts.push(line.sku);
  }
  const customer = await ensureCustomer(ctx, order);
  return { ...customer, createdProducts };
}

async function productExists(ctx: RackbeatContext, sku: string): Promise<boolean> {
  const res = await rbCall(ctx, { method: "GET", path: `/products/${encodeURIComponent(sku)}`, schema: z.union([wrapped("product", rbProductSchema), rbErrorSchema]), acceptStatus: [404], operation: "find product" });
  return res.status !== 404;
}

async function ensureCustomer(ctx: RackbeatContext, order: Order): Promise<{ customerNumber: number; createdCustomer: boolean }> {
  const billing = order.invoiceAddress;
  const email = order.customer.email ?? billing.email ?? order.deliveryAddress.email;
  const name = billing.company || fullName(billing) || fullName(order.deliveryAddress) || email || order.orderNumber;
  const query: Record<string, string> = email ? { contact_email: email } : { name };
  const { items } = await rbPage(ctx, { path: "/customers", key: "customers", item: rbCustomerSchema, query, page: 1, limit: 5, operation: "find customer" });
  const found = items.find((c) => (email ? c.contact_email === email : c.name === name));
  if (found) return { customerNumber: found.number, createdCustomer: false };
  const res = await rbCall(ctx, {
    method: "POST",
    path: "/customers",
    body: {
      name,
      ...(billing.company ? { company_name: billing.company } : {}),
      ...(email ? { contact_email: email } : {}),
      address_street: [billing.street, billing.houseNumber].filter(Boolean).join(" "),
      address_street2: billing.addressLine2 ?? null,
      address_zipcode: billing.postalCode,
      address_city: billing.city,
      address_country: billing.countryCode,
    },
    schema: wrapped("customer", rbCustomerSchema),
    operation: "create customer",
  });
  return { customerNumber: parseResponse(wrapped("customer", rbCustomerSchema), res.data, "rackbeat").customer!.number, createdCustomer: true };
}
