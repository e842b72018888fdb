import { z } from "zod";
import { partnerDateSchema } from "@/lib/orders/dates";

/** Rackbeat payloads as we read them ([R1][R4], GUESSes marked in lib/sandbox/rackbeat). */

const nullableString = z.string().nullable().optional();
/** Three letters, any case; empty means "not set" (the mapper falls back to DKK). */
const currencyCode = z.union([z.literal(""), z.string().regex(/^[A-Za-z]{3}$/, "not a 3-letter currency code")]).nullable().optional();

export const rbAddressSchema = z.object({
  name: nullableString,
  street: nullableString,
  street2: nullableString,
  zipcode: nullableString,
  city: nullableString,
  country: nullableString,
  email: nullableString,
  phone: nullableString,
});
export type RbAddress = z.infer<typeof rbAddressSchema>;

export const rbOrderLineSchema = z.object({
  id: z.number().int(),
  item: z.object({ number: z.string(), name: nullableString, physical: z.object({ weight: z.number().nullable().optional() }).nullable().optional() }).nullable().optional(),
  name: nullableString,
  quantity: z.number(),
  line_price: z.number().nullable().optional(),
  vat_percentage: z.number().nullable().optional(),
});
export type RbOrderLine = z.infer<typeof rbOrderLineSchema>;

export const rbOrderSchema = z.object({
  number: z.number().int(),
  customer: z.object({ number: z.number().int(), name: nullableString }).nullable().optional(),
  currency: currencyCode,
  their_reference: nullableString,
  delivery_terms: z.object({ id: z.number().int(), name: z.string() }).nullable().optional(),
  delivery_address: rbAddressSchema.nullable().optional(),
  billing_address: rbAddressSchema.nullable().optional(),
  lines: z.array(rbOrderLineSchema).default([]),
  total_total: z.number().nullable().optional(),
  is_booked: z.boolean(),
  is_shipped: z.boolean().optional().default(false),
  is_partly_shipped: z.boolean().optional().default(false),
  is_cancelled: z.boolean().optional().default(false),
  created_at: partnerDateSchema,
  updated_at: partnerDateSchema,
});
export type RbOrder = z.infer<typeof rbOrderSchema>;

export const rbShipmentSchema = z.object({
  id: z.number().int(),
  order_number: z.number().int(),
  is_shipped: z.boolean(),
  lines: z.array(z.object({ line_id: z.number().int(), item_number: nullableString, quantity: z.number() })).default([]),
  created_at: z.string(),
  updated_at: z.string().optional(),
});
export type RbShipment = z.infer<typeof rbShipmentSchema>;

export const rbProductSchema = z.object({ number: z.string(), name: z.string() });
export const rbCustomerSchema = z.object({ number: z.number().int(), name: z.string(), contact_email: nullableString });
export const rbDeliveryTermSchema = z.object({ id: z.number().int(), name: z.string() });
export const rbNoteSchema = z.object({ id: z.number().int(), note: z.string() });
export const rbSelfSchema = z.object({ user: z.object({ id: z.number(), name: nullableString, email: nullableString }).optional(), team: z.object({ id: z.number(), name: z.string() }).optional() });

/** `{ <plural>: [...], pages, page, limit, total }` [R1] BaseResource.php. */
export const pageOf = <T extends z.ZodType>(key: string, item: T) =>
  z.object({ [key]: z.array(item), pages: z.number().int(), page: z.number().int() }) as unknown as z.ZodType<{ pages: number; page: number } & Record<string, z.infer<T>[]>>;

/** Single resources come wrapped in one key (`{ order: {...} }`) [K2]. */
export const wrapped = <T extends z.ZodType>(key: string, item: T) => z.object({ [key]: item }) as unknown as z.ZodType<Record<string, z.infer<T>>>;

/** Laravel-style error body (GUESS [R §7]). */
export const rbErrorSchema = z.object({ message: z.string().optional(), errors: z.record(z.string(), z.array(z.string())).optional() });

export function errorText(body: unknown): string | undefined {
  const parsed = rbErrorSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const fields = Object.entries(parsed.data.errors ?? {}).map(([k, v]) => `${k}: ${v.join(" ")}`);
  return [parsed.data.message, ...fields].filter(Boolean).join("; ") || undefined;
}
