import { invalid, json, notFound, readJson } from "../http";
import { renderAdjustment, renderProductLocation } from "../render";
import type { Route } from "./context";

/**
 * Stock per product and location [R §2 "Products, items, stock"]: `GET products/{number}/locations`
 * and `GET products/{number}/locations/{location}` answer `{ product_locations }` / `{ product_location }`
 * [R2] Product.php; stock moves by `POST inventory-adjustment` with the fields of [R4]
 * InventoryAdjustmentForm (location_number, quantity, regulated_at, reason, item_type, item_number,
 * description). GUESS: which fields are required, the messages, and that an adjustment taking the
 * stock below 0 is refused.
 */
export const stockRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/products\/([^/]+)\/locations$/,
    handle: (ctx) => {
      const product = ctx.store.products.get(decodeURIComponent(ctx.params[0]!));
      if (!product) return notFound();
      const rows = [...ctx.store.locations.values()].sort((a, b) => a.number.localeCompare(b.number)).map((l) => renderProductLocation(ctx.store, product, l));
      return json(200, { product_locations: rows });
    },
  },
  {
    method: "GET",
    pattern: /^\/products\/([^/]+)\/locations\/([^/]+)$/,
    handle: (ctx) => {
      const product = ctx.store.products.get(decodeURIComponent(ctx.params[0]!));
      const location = ctx.store.locations.get(decodeURIComponent(ctx.params[1]!));
      if (!product || !location) return notFound();
      return json(200, { product_location: renderProductLocation(ctx.store, product, location) });
    },
  },
  {
    method: "POST",
    pattern: /^\/inventory-adjustment$/,
    handle: async (ctx) => {
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const b = body.value;
      const str = (k: string) => (typeof b[k] === "string" ? (b[k] as string) : typeof b[k] === "number" ? String(b[k]) : "");
      const errors: Record<string, string[]> = {};
      const itemType = str("item_type") || "product";
      if (itemType !== "product") errors.item_type = ["The selected item type is invalid."];
      const number = str("item_number");
      if (!number) errors.item_number = ["The item number field is required."];
      else if (!ctx.store.products.has(number)) errors.item_number = ["The selected item number is invalid."];
      const location = str("location_number");
      if (!location) errors.location_number = ["The location number field is required."];
      else if (!ctx.store.locations.has(location)) errors.location_number = ["The selected location number is invalid."];
      const quantity = b.quantity;
      if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity === 0) errors.quantity = ["The quantity must be a whole number other than 0."];
      const reason = str("reason");
      if (!reason) errors.reason = ["The reason field is required."];
      if (Object.keys(errors).length > 0) return invalid(errors);
      const refusal = ctx.store.refusedAdjustments.get(number);
      if (refusal) return invalid({ item_number: [refusal] });
      const now = ctx.store.now();
      const after = ctx.store.stockAt(number, location) + (quantity as number);
      if (after < 0) return invalid({ quantity: [`The stock of ${number} at location ${location} cannot go below 0.`] });
      ctx.store.setStock(number, location, after);
      const adjustment = {
        id: ctx.store.nextId("adjustment"),
        item_type: itemType,
        item_number: number,
        location_number: location,
        quantity: quantity as number,
        reason,
        description: str("description") || null,
        regulated_at: str("regulated_at") || now.toISOString(),
        created_at: now,
      };
      ctx.store.adjustments.push(adjustment);
      return json(201, { inventory_adjustment: renderAdjustment(adjustment) });
    },
  },
];
