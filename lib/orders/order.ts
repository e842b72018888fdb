import { z } from "zod";
import { addressSchema } from "./address";
import { timestampSchema } from "./dates";
import { currencySchema, moneySchema } from "./money";

/** How one order is named on each side. `sourceRef` is the source's own id (plentymarkets order id). */
export const orderRefSchema = z.object({
  sourceRef: z.string().min(1),
  orderNumber: z.string().min(1),
  /** The warehouse's id once submitted (wemalo id, Ongoing orderId). */
  warehouseRef: z.string().optional(),
});
export type OrderRef = z.infer<typeof orderRefSchema>;

export const paymentStates = ["paid", "partially_paid", "unpaid", "refunded", "unknown"] as const;
export const paymentStateSchema = z.enum(paymentStates);
export type PaymentState = z.infer<typeof paymentStateSchema>;

export const orderLineSchema = z.object({
  /** The source's line id; stable across retries, used as the warehouse's position id. */
  lineRef: z.string().min(1),
  sku: z.string().min(1),
  name: z.string(),
  quantity: z.number().int().positive(),
  /** Gross price of ONE unit, in the order's currency. */
  unitPrice: moneySchema,
  taxRate: z.string().regex(/^\d+(\.\d+)?$/).optional(),
  /** Weight of ONE unit in grams. */
  weightGrams: z.number().int().nonnegative().optional(),
  ean: z.string().optional(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

export const orderTotalsSchema = z.object({
  /** Sum of line gross amounts. */
  subtotal: moneySchema,
  shipping: moneySchema,
  /** Positive amount taken off. */
  discount: moneySchema,
  tax: moneySchema,
  /** What the customer pays, gross. */
  total: moneySchema,
});
export type OrderTotals = z.infer<typeof orderTotalsSchema>;

export const customerSchema = z.object({
  customerRef: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  /** ISO 639-1, for the warehouse's documents ("de", "sv"). */
  language: z.string().optional(),
});
export type Customer = z.infer<typeof customerSchema>;

/** The source's shipping method as the source names it; the link maps it to a warehouse code. */
export const shippingMethodSchema = z.object({
  code: z.string().min(1),
  label: z.string().optional(),
});
export type ShippingMethod = z.infer<typeof shippingMethodSchema>;

export const orderSchema = z.object({
  sourceRef: z.string().min(1),
  orderNumber: z.string().min(1),
  /** The shop's own order number when it differs from orderNumber (plentymarkets property 7). */
  externalOrderNumber: z.string().optional(),
  createdAt: timestampSchema,
  paidAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
  currency: currencySchema,
  totals: orderTotalsSchema,
  customer: customerSchema,
  invoiceAddress: addressSchema,
  deliveryAddress: addressSchema,
  lines: z.array(orderLineSchema).min(1),
  shippingMethod: shippingMethodSchema,
  notes: z.string().optional(),
  paymentState: paymentStateSchema,
  paymentMethod: z.string().optional(),
});
export type Order = z.infer<typeof orderSchema>;

export function orderRefOf(order: Pick<Order, "sourceRef" | "orderNumber">): OrderRef {
  return { sourceRef: order.sourceRef, orderNumber: order.orderNumber };
}
