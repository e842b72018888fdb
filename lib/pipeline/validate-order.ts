import type { ExceptionKind, LinkMappings } from "@/db/schema";
import { fullName, type Address, type Order } from "@/lib/orders";
import { mappedValue } from "@/lib/links/mapping-lookup";

export interface ValidationProblem {
  kind: Extract<ExceptionKind, "bad_address" | "unknown_sku" | "unmapped_shipping_method">;
  message: string;
}

export type ValidationResult =
  | { ok: true; order: Order; shippingCode: string | undefined }
  | { ok: false; problems: ValidationProblem[] };

/** Countries whose carriers need a house number (in its own field or in the street). */
const houseNumberCountries = new Set(["DE", "AT", "NL", "BE", "CH", "DK", "SE", "NO", "FI", "PL", "CZ"]);

export function addressProblems(address: Address): string[] {
  const missing: string[] = [];
  if (!fullName(address).trim()) missing.push("name");
  if (!address.street.trim()) missing.push("street");
  if (!address.postalCode.trim()) missing.push("postal code");
  if (!address.city.trim()) missing.push("city");
  const hasNumber = Boolean(address.houseNumber?.trim()) || /\d/.test(address.street) || Boolean(address.parcelLocker?.trim());
  if (houseNumberCountries.has(address.countryCode) && !hasNumber) missing.push("house number");
  return missing;
}

/**
 * Checks an order against the link before it goes to the warehouse, and maps it: SKUs through
 * the link's SKU map, the shipping method to the warehouse's code. Pure, so a retry decides the same.
 */
export function validateOrder(order: Order, mappings: LinkMappings): ValidationResult {
  const problems: ValidationProblem[] = [];

  const missing = addressProblems(order.deliveryAddress);
  if (missing.length) problems.push({ kind: "bad_address", message: `The delivery address lacks ${missing.join(", ")}.` });

  const unknown: string[] = [];
  const lines = order.lines.map((line) => {
    const mapped = mappedValue(mappings.skuMap, line.sku);
    if (mapped) return { ...line, sku: mapped };
    if (mappings.skuPolicy === "mapped") unknown.push(line.sku);
    return line;
  });
  if (unknown.length) problems.push({ kind: "unknown_sku", message: `No warehouse SKU is mapped for ${[...new Set(unknown)].join(", ")}.` });

  const methods = mappings.shippingMethods;
  const shippingCode = mappedValue(methods, order.shippingMethod.code);
  const anyMapped = Object.keys(methods).length > 0;
  // A link without any shipping mapping leaves the choice to the warehouse's default.
  if (anyMapped && !shippingCode) {
    const label = order.shippingMethod.label ? ` (${order.shippingMethod.label})` : "";
    problems.push({ kind: "unmapped_shipping_method", message: `Shipping method ${order.shippingMethod.code}${label} is not mapped to a warehouse shipping method.` });
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, order: { ...order, lines }, shippingCode };
}
