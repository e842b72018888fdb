import { checkedOrder } from "@/lib/connectors/checked-order";
import { moneyFromNumber, moneyToNumber, type Order, type OrderLine } from "@/lib/orders";
import { fromWsAddress, toWsAddress } from "./map-address";
import type { WsOrder } from "./schemas";

/** A POST /orders document [W1][W3]: ext_ref = our order number, so a retry finds the order again. */
export function toWebshipperOrder(order: Order, input: { orderChannelId: number; shippingRateId?: string }) {
  const relationships: Record<string, { data: { id: number; type: string } }> = {
    order_channel: { data: { id: input.orderChannelId, type: "order_channels" } },
  };
  if (input.shippingRateId && /^\d+$/.test(input.shippingRateId)) {
    relationships.shipping_rate = { data: { id: Number(input.shippingRateId), type: "shipping_rates" } };
  }
  return {
    data: {
      type: "orders",
      attributes: {
        ext_ref: order.orderNumber,
        visible_ref: order.externalOrderNumber ?? order.orderNumber,
        status: "pending",
        currency: order.currency,
        external_comment: order.notes ?? null,
        delivery_address: toWsAddress(order.deliveryAddress),
        billing_address: toWsAddress(order.invoiceAddress),
        // Volume is not synced (seed 002): no dimensions on lines.
        order_lines: order.lines.map((l) => ({
          ext_ref: l.lineRef,
          sku: l.sku,
          description: l.name,
          quantity: l.quantity,
          unit_price: moneyToNumber(l.unitPrice),
          ...(l.taxRate ? { vat_percent: Number(l.taxRate) } : {}),
          ...(l.weightGrams !== undefined ? { weight: l.weightGrams, weight_unit: "g" } : {}),
        })),
      },
      relationships,
    },
  };
}

const GRAMS: Record<string, number> = { g: 1, kg: 1000, oz: 28.349523125, lbs: 453.59237 };

export function toGrams(weight: number | null | undefined, unit: string | null | undefined): number | undefined {
  if (weight === null || weight === undefined) return undefined;
  return Math.round(weight * (GRAMS[(unit ?? "g").toLowerCase()] ?? 1));
}

export type MappedOrder = { ok: true; order: Order } | { ok: false; reason: string };

/**
 * A Webshipper order as the canonical order (Webshipper as source). Webshipper keeps no totals on
 * the order [W2], so they are summed from the lines; unit prices are taken as gross.
 */
export function fromWebshipperOrder(ws: WsOrder, options: FromOptions = {}): MappedOrder {
  return checkedOrder(() => mapUnchecked(ws, options));
}

type FromOptions = { rateName?: string; lines?: WsOrder["attributes"]["order_lines"]; sourceRef?: string; orderNumber?: string };

function mapUnchecked(ws: WsOrder, options: FromOptions): MappedOrder {
  const a = ws.attributes;
  const delivery = fromWsAddress(a.delivery_address);
  if (!delivery) return { ok: false, reason: "the delivery address is incomplete" };
  const currency = (a.currency || "DKK").toUpperCase();
  const lines: OrderLine[] = [];
  for (const l of options.lines ?? a.order_lines) {
    if (!l.sku) return { ok: false, reason: `order line ${l.id ?? "?"} has no SKU` };
    if (l.quantity <= 0) continue;
    const line: OrderLine = { lineRef: l.ext_ref || String(l.id ?? lines.length + 1), sku: l.sku, name: l.description ?? l.sku, quantity: l.quantity, unitPrice: moneyFromNumber(l.unit_price ?? 0, currency) };
    if (l.vat_percent !== null && l.vat_percent !== undefined) line.taxRate = String(l.vat_percent);
    const grams = toGrams(l.weight, l.weight_unit);
    if (grams !== undefined) line.weightGrams = grams;
    lines.push(line);
  }
  if (lines.length === 0) return { ok: false, reason: "the order has no lines to ship" };
  const subtotal = moneyFromNumber(lines.reduce((sum, l) => sum + moneyToNumber(l.unitPrice) * l.quantity, 0), currency);
  const billing = fromWsAddress(a.billing_address) ?? delivery;
  const email = a.billing_address?.email ?? a.delivery_address?.email ?? undefined;
  const phone = a.delivery_address?.phone ?? a.billing_address?.phone ?? undefined;
  const order: Order = {
    sourceRef: options.sourceRef ?? ws.id,
    orderNumber: options.orderNumber ?? (a.visible_ref || ws.id),
    createdAt: new Date(a.created_at).toISOString(),
    updatedAt: new Date(a.updated_at).toISOString(),
    currency,
    totals: { subtotal, shipping: "0.00", discount: "0.00", tax: "0.00", total: subtotal },
    customer: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    invoiceAddress: billing,
    deliveryAddress: delivery,
    lines,
    shippingMethod: { code: a.shipping_rate_id ? String(a.shipping_rate_id) : "none", ...(options.rateName ? { label: options.rateName } : {}) },
    paymentState: "unknown",
  };
  if (a.ext_ref && a.ext_ref !== order.orderNumber) order.externalOrderNumber = a.ext_ref;
  if (a.external_comment) order.notes = a.external_comment;
  return { ok: true, order };
}
