import { z } from "zod";

/**
 * Vendre's payloads as far as public sources show them (partners/vendre.md §3–4): order fields
 * of the integration engine's export [V4], lines as in the storefront order JSON [V3]. Loose on
 * purpose (passthrough, optional extras): the back-office shape is unconfirmed, and a field we
 * do not need must not fail a sync.
 */
const num = z.coerce.number();
const text = z.string().nullish().transform((v) => v ?? undefined);

export const vendreAddressSchema = z.looseObject({
  name: text,
  company: text,
  street_address: z.string(),
  street_address2: text,
  postcode: z.string(),
  city: z.string(),
  country: text,
  country_code: text,
  telephone: text,
  email_address: text,
});
export type VendreAddress = z.infer<typeof vendreAddressSchema>;

export const vendreProductSchema = z.looseObject({
  id: num,
  product_id: num.optional(),
  name: z.string(),
  /** Article number / SKU [V3]. */
  model: z.string().nullish(),
  quantity: num,
  /** Excluding VAT [V3]. */
  price_each: num,
  tax: num.optional(),
});

export const vendrePackageSchema = z.looseObject({
  id: num.optional(),
  package_number: z.string(),
  carrier: text,
  tracking_link: text,
});

export const vendreOrderSchema = z.looseObject({
  id: num,
  status: num,
  date_purchased: z.string(),
  last_modified: text,
  currency: z.string().length(3),
  language: text,
  payment_method: text,
  payment_method_code: text,
  shipment_method: text,
  shipping_method_code: text,
  comment: text,
  customer: vendreAddressSchema.extend({ id: num.optional() }),
  /** GUESS: the export page was cut off before the delivery fields [V4]; without one, the customer address is used. */
  delivery_address: vendreAddressSchema.nullish(),
  products: z.array(vendreProductSchema),
  totals: z.array(z.looseObject({ class: z.string(), value: num })).default([]),
  packages: z.array(vendrePackageSchema).default([]),
});
export type VendreOrder = z.infer<typeof vendreOrderSchema>;

/** `{ list, remaining }` paging [V2]. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ list: z.array(item), remaining: num });

/** A single resource, bare or wrapped as `{ order: … }` (the storefront wraps it [V3]; the back office is unconfirmed). */
export const oneOrderSchema = z.union([z.object({ order: vendreOrderSchema }).transform((o) => o.order), vendreOrderSchema]);

export const vendreStatusSchema = z.looseObject({ id: num, name: z.string() });
