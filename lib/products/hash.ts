import { createHash } from "node:crypto";
import type { Product } from "@/lib/orders";

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

/**
 * What decides whether a product goes to the warehouse again: the product as the warehouse gets
 * it (under its warehouse SKU), independent of key order. Equal hash, nothing to send.
 */
export function productHash(product: Product, warehouseSku: string): string {
  return createHash("sha256").update(JSON.stringify(stable({ ...product, sku: warehouseSku }))).digest("base64url");
}
