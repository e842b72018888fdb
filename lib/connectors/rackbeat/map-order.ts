import { checkedOrder } from "@/lib/connectors/checked-order";
import { fullName, moneyFromNumber, moneyToNumber, type Address, type Order, type OrderLine } from "@/lib/orders";
import type { RbAddress, RbOrder, RbOrderLine } from "./schemas";

/** Rackbeat address object [R1] AddressObject → canonical; one `name` field for the person. */
export function fromRbAddress(a: RbAddress | null | undefined): Address | undefined {
  if (!a?.street || !a.zipcode || !a.city || !a.country) return undefined;
  const [firstName, ...rest] = (a.name ?? "").trim().split(/\s+/).filter(Boolean);
  const address: Address = { street: a.street, postalCode: a.zipcode, city: a.city, countryCode: a.country.toUpperCase() };
  if (firstName) address.firstName = firstName;
  if (rest.length) address.lastName = rest.join(" ");
  if (a.street2) address.addressLine2 = a.street2;
  if (a.email) address.email = a.email;
  if (a.phone) address.phone = a.phone;
  return address;
}

export function toRbAddress(a: Address): RbAddress {
  return {
    name: [fullName(a), a.firstName || a.lastName ? a.company : undefined].filter(Boolean).join(", ") || null,
    street: [a.street, a.houseNumber].filter(Boolean).join(" "),
    street2: [a.careOf, a.addressLine2].filter(Boolean).join(", ") || null,
    zipcode: a.postalCode,
    city: a.city,
    country: a.countryCode,
    email: a.email ?? null,
    phone: a.phone ?? null,
  };
}

export type MappedOrder = { ok: true; order: Order } | { ok: false; reason: string };

/**
 * A booked Rackbeat order as the canonical order (Rackbeat as source, seed 002): addresses, lines
 * with SKU (item number), name, weight and price. `line_price` is taken as the gross unit price
 * (GUESS). The delivery terms are the shipping method the wizard maps to a Webshipper rate.
 */
export function fromRackbeatOrder(rb: RbOrder, options: FromOptions = {}): MappedOrder {
  return checkedOrder(() => mapUnchecked(rb, options));
}

type FromOptions = { lines?: { line: RbOrderLine; quantity: number }[]; sourceRef?: string; orderNumber?: string };

function mapUnchecked(rb: RbOrder, options: FromOptions): MappedOrder {
  const delivery = fromRbAddress(rb.delivery_address);
  if (!delivery) return { ok: false, reason: "the delivery address is incomplete" };
  const currency = (rb.currency || "DKK").toUpperCase();
  const picked = options.lines ?? rb.lines.map((line) => ({ line, quantity: line.quantity }));
  const lines: OrderLine[] = [];
  for (const { line, quantity } of picked) {
    const sku = line.item?.number;
    if (!sku) return { ok: false, reason: `order line ${line.id} has no item number` };
    if (!Number.isInteger(quantity) || quantity <= 0) return { ok: false, reason: `order line ${line.id} has quantity ${quantity}` };
    const l: OrderLine = { lineRef: String(line.id), sku, name: line.name || line.item?.name || sku, quantity, unitPrice: moneyFromNumber(line.line_price ?? 0, currency) };
    if (line.vat_percentage !== null && line.vat_percentage !== undefined) l.taxRate = String(line.vat_percentage);
    const weight = line.item?.physical?.weight;
    if (typeof weight === "number") l.weightGrams = Math.round(weight);
    lines.push(l);
  }
  if (lines.length === 0) return { ok: false, reason: "the order has no lines" };
  const subtotal = moneyFromNumber(lines.reduce((sum, l) => sum + moneyToNumber(l.unitPrice) * l.quantity, 0), currency);
  const email = rb.delivery_address?.email ?? rb.billing_address?.email ?? undefined;
  const phone = rb.delivery_address?.phone ?? undefined;
  const order: Order = {
    sourceRef: options.sourceRef ?? String(rb.number),
    orderNumber: options.orderNumber ?? String(rb.number),
    createdAt: new Date(rb.created_at).toISOString(),
    updatedAt: new Date(rb.updated_at).toISOString(),
    currency,
    totals: { subtotal, shipping: "0.00", discount: "0.00", tax: "0.00", total: subtotal },
    customer: { ...(rb.customer ? { customerRef: String(rb.customer.number) } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    invoiceAddress: fromRbAddress(rb.billing_address) ?? delivery,
    deliveryAddress: delivery,
    lines,
    shippingMethod: rb.delivery_terms ? { code: String(rb.delivery_terms.id), label: rb.delivery_terms.name } : { code: "none" },
    paymentState: "unknown",
  };
  if (rb.their_reference) order.externalOrderNumber = rb.their_reference;
  return { ok: true, order };
}

/**
 * The `POST orders/drafts` body for a canonical order (Rackbeat as the receiving side):
 * `their_reference` = our order number, so a retry finds it. shippingCode = the delivery term id.
 */
export function toRackbeatDraft(order: Order, input: { customerNumber: number; deliveryTermsId?: string }) {
  return {
    customer_id: input.customerNumber,
    currency: order.currency,
    their_reference: order.orderNumber,
    ...(input.deliveryTermsId && /^\d+$/.test(input.deliveryTermsId) ? { delivery_terms_id: Number(input.deliveryTermsId) } : {}),
    delivery_address: toRbAddress(order.deliveryAddress),
    billing_address: toRbAddress(order.invoiceAddress),
    lines: order.lines.map((l) => ({
      product_id: l.sku,
      name: l.name,
      quantity: l.quantity,
      line_price: moneyToNumber(l.unitPrice),
      ...(l.taxRate ? { vat_percentage: Number(l.taxRate) } : {}),
    })),
  };
}
