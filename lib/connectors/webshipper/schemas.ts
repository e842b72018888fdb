import { z } from "zod";
import { partnerDateSchema } from "@/lib/orders/dates";

/** Webshipper resources as we read them (JSON:API, [W1][W2]); fields we do not use are dropped. */

const nullableString = z.string().nullable().optional();
/** Three letters, any case; empty means "not set" (the mapper falls back to DKK). */
const currencyCode = z.union([z.literal(""), z.string().regex(/^[A-Za-z]{3}$/, "not a 3-letter currency code")]).nullable().optional();
/** An id names the resource; an empty one would become an order or shipment without a reference. */
const id = z.union([z.string().min(1), z.number()]).transform(String);
const relationship = z.object({ data: z.object({ id, type: z.string() }).nullable().optional() }).optional();

export const wsAddressSchema = z.object({
  att_contact: nullableString,
  company_name: nullableString,
  address_1: nullableString,
  address_2: nullableString,
  zip: nullableString,
  city: nullableString,
  state: nullableString,
  country_code: nullableString,
  phone: nullableString,
  email: nullableString,
});
export type WsAddress = z.infer<typeof wsAddressSchema>;

export const wsOrderLineSchema = z.object({
  id: z.number().int().optional(),
  ext_ref: nullableString,
  sku: nullableString,
  description: nullableString,
  quantity: z.number().int(),
  unit_price: z.number().nullable().optional(),
  vat_percent: z.number().nullable().optional(),
  weight: z.number().nullable().optional(),
  weight_unit: nullableString,
});

export const wsOrderStatusSchema = z.enum(["pending", "dispatched", "partly_dispatched", "cancelled", "error", "missing_rate", "on_hold"]);
export type WsOrderStatus = z.infer<typeof wsOrderStatusSchema>;

export const wsOrderSchema = z.object({
  id,
  type: z.literal("orders"),
  attributes: z.object({
    ext_ref: nullableString,
    visible_ref: nullableString,
    status: wsOrderStatusSchema,
    error_message: z.unknown().optional(),
    error_class: nullableString,
    lock_state: nullableString,
    currency: currencyCode,
    tags: z.array(z.string()).nullable().optional(),
    shipping_rate_id: z.number().nullable().optional(),
    order_channel_id: z.number().nullable().optional(),
    external_comment: nullableString,
    delivery_address: wsAddressSchema.nullable().optional(),
    billing_address: wsAddressSchema.nullable().optional(),
    order_lines: z.array(wsOrderLineSchema).default([]),
    created_at: partnerDateSchema,
    updated_at: partnerDateSchema,
  }),
  relationships: z.object({ shipping_rate: relationship, order_channel: relationship }).optional(),
});
export type WsOrder = z.infer<typeof wsOrderSchema>;

export const wsShipmentSchema = z.object({
  id,
  type: z.literal("shipments"),
  attributes: z.object({
    reference: nullableString,
    is_return: z.boolean().nullable().optional(),
    carrier_alias: nullableString,
    carrier_type_name: nullableString,
    packages: z
      .array(z.object({ weight: z.number().nullable().optional(), order_lines: z.array(z.object({ id: z.number().optional(), sku: nullableString, quantity: z.number().int() })).nullable().optional() }))
      .nullable()
      .optional(),
    tracking_links: z.array(z.object({ url: nullableString, number: nullableString })).nullable().optional(),
    created_at: partnerDateSchema,
    updated_at: z.string().optional(),
  }),
  relationships: z.object({ order: relationship }).optional(),
});
export type WsShipment = z.infer<typeof wsShipmentSchema>;

export const wsShippingRateSchema = z.object({
  id,
  type: z.literal("shipping_rates"),
  attributes: z.object({ name: z.string(), carrier_id: z.number().nullable().optional(), carrier_service_code: nullableString, require_drop_point: z.boolean().nullable().optional(), is_return: z.boolean().nullable().optional() }),
});

export const wsOrderChannelSchema = z.object({ id, type: z.literal("order_channels"), attributes: z.object({ name: nullableString }) });
export const wsWebhookSchema = z.object({ id, type: z.literal("webhooks"), attributes: z.object({ url: z.string(), topic: z.string(), enabled: z.boolean().optional() }) });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), links: z.object({ next: z.string().nullable().optional() }).optional() });
export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item });

/** A JSON:API error document (`errors[].title/detail`, as [T1] reads a 422). */
export const wsErrorsSchema = z.object({ errors: z.array(z.object({ title: z.string().optional(), detail: z.string().optional(), source: z.object({ pointer: z.string().optional() }).optional() })) });

export function errorText(body: unknown): string | undefined {
  const parsed = wsErrorsSchema.safeParse(body);
  if (!parsed.success) return undefined;
  return parsed.data.errors.map((e) => [e.title, e.detail].filter(Boolean).join(": ")).join("; ") || undefined;
}
