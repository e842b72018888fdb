import { checkedOrder } from "@/lib/connectors/checked-order";
import { moneyFromNumber, type Address, type Order, type OrderLine } from "@/lib/orders";
import type { VendreAddress, VendreOrder } from "./schemas";

export type MapResult = { ok: true; order: Order } | { ok: false; reason: string };

/** "2025-03-01 10:15:00" (osCommerce style, no zone) is read as UTC; ISO strings keep their offset. */
export function vendreTime(value: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function splitName(name: string | undefined): Pick<Address, "firstName" | "lastName"> {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { lastName: parts[0] };
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts.at(-1) };
}

function address(a: VendreAddress): Address | null {
  const countryCode = a.country_code?.trim().toUpperCase();
  if (!countryCode || !/^[A-Z]{2}$/.test(countryCode) || !a.street_address.trim() || !a.postcode.trim() || !a.city.trim()) return null;
  return {
    ...splitName(a.name),
    company: a.company || undefined,
    street: a.street_address.trim(),
    addressLine2: a.street_address2 || undefined,
    postalCode: a.postcode.trim(),
    city: a.city.trim(),
    countryCode,
    phone: a.telephone || undefined,
    email: a.email_address || undefined,
  };
}

const total = (o: VendreOrder, cls: string) => o.totals.find((t) => t.class === cls)?.value;

/**
 * Vendre order → canonical order. Vendre's line prices exclude VAT [V3]; canonical unit prices
 * are gross, so the line's tax rate is added. Totals come from the ot_* rows [V3].
 */
export function mapVendreOrder(o: VendreOrder): MapResult {
  return checkedOrder(() => mapUnchecked(o));
}

function mapUnchecked(o: VendreOrder): MapResult {
  const createdAt = vendreTime(o.date_purchased);
  if (!createdAt) return { ok: false, reason: `unreadable date_purchased "${o.date_purchased}"` };
  const invoice = address(o.customer);
  const delivery = o.delivery_address ? address(o.delivery_address) : invoice;
  if (!invoice || !delivery) return { ok: false, reason: "address incomplete (street, postcode, city and a two-letter country_code are needed)" };
  const lines: OrderLine[] = [];
  for (const p of o.products) {
    if (!p.model) return { ok: false, reason: `line ${p.id} (${p.name}) has no article number (model)` };
    if (!Number.isInteger(p.quantity) || p.quantity <= 0) return { ok: false, reason: `line ${p.id} has quantity ${p.quantity}` };
    const rate = p.tax ?? 0;
    lines.push({
      lineRef: String(p.id),
      sku: p.model,
      name: p.name,
      quantity: p.quantity,
      unitPrice: moneyFromNumber(p.price_each * (1 + rate / 100), o.currency),
      taxRate: String(rate),
    });
  }
  if (lines.length === 0) return { ok: false, reason: "no product lines" };
  const money = (n: number | undefined) => moneyFromNumber(n ?? 0, o.currency);
  const updatedAt = o.last_modified ? vendreTime(o.last_modified) : null;
  return {
    ok: true,
    order: {
      sourceRef: String(o.id),
      orderNumber: String(o.id),
      createdAt,
      updatedAt: updatedAt ?? undefined,
      currency: o.currency,
      totals: {
        subtotal: money(total(o, "ot_subtotal")),
        shipping: money(total(o, "ot_shipping")),
        discount: money(Math.abs(total(o, "ot_discount") ?? total(o, "ot_coupon") ?? 0)),
        tax: money(total(o, "ot_tax")),
        total: money(total(o, "ot_total")),
      },
      customer: { customerRef: o.customer.id === undefined ? undefined : String(o.customer.id), email: o.customer.email_address, phone: o.customer.telephone, language: o.language },
      invoiceAddress: invoice,
      deliveryAddress: delivery,
      lines,
      shippingMethod: { code: o.shipping_method_code || o.shipment_method || "default", label: o.shipment_method },
      notes: o.comment,
      // Orders to fulfil are placed orders; Vendre's payment state is not in the export fields [V4].
      paymentState: "unknown",
      paymentMethod: o.payment_method_code ?? o.payment_method,
    },
  };
}
