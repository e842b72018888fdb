import { fullName, toMinorUnits, type Address, type Order, type OrderLine } from "@/lib/orders";

/** `meta.receiver[]` entry of `POST /goodsOrder/add` [M1]. */
export interface WemaloReceiver {
  primary: boolean;
  name1: string;
  name2: string;
  name3: string;
  street: string;
  streetNumber: string;
  addressAddition: string;
  zip: string;
  city: string;
  countryCode2Letter: string;
  stateProvinceCountry: string;
  phoneNumber: string;
  email: string;
}

export interface WemaloPosition {
  externalId: string;
  quantity: number;
  externalPositionIdentifier: string;
  /** Line gross total in cents, as in the sheet's example (2 × 19.99 → 3998). */
  total: number;
  /** Tax in that total, in cents. */
  tax: number;
}

export interface WemaloGoodsOrder {
  shop?: string;
  meta: {
    externalId: string;
    orderNumber: string;
    currency: string;
    /** EUR decimals, unlike the positions [M1]. */
    total: number;
    totalVat: number;
    dispatcherProfile?: string;
    externalIdMatch: "sku";
    blocked: 0;
    pickingInfo?: string;
    extraInfo?: string;
    receiver: WemaloReceiver[];
  };
  positions: WemaloPosition[];
}

function receiver(address: Address, primary: boolean, fallback: { email?: string; phone?: string }): WemaloReceiver {
  const person = [address.firstName, address.lastName].filter(Boolean).join(" ").trim();
  const addition = [address.addressLine2, address.parcelLocker ? `Packstation ${address.parcelLocker}` : undefined].filter(Boolean).join(", ");
  return {
    primary,
    // name1 is the addressee; a company goes to name2 when a person is named [M1 receiver fields].
    name1: person || fullName(address),
    name2: person && address.company ? address.company : "",
    name3: address.careOf ?? "",
    street: address.street,
    streetNumber: address.houseNumber ?? "",
    addressAddition: addition,
    zip: address.postalCode,
    city: address.city,
    countryCode2Letter: address.countryCode,
    stateProvinceCountry: address.region ?? "",
    phoneNumber: address.phone ?? fallback.phone ?? "",
    email: address.email ?? fallback.email ?? "",
  };
}

function sameAddress(a: Address, b: Address): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function position(line: OrderLine, currency: string): WemaloPosition {
  const total = toMinorUnits(line.unitPrice, currency) * line.quantity;
  const rate = line.taxRate === undefined ? 0 : Number(line.taxRate);
  return {
    // Positions are matched by SKU (meta.externalIdMatch "sku"), as wemalo's plugin does [M1][M2].
    externalId: line.sku,
    quantity: line.quantity,
    externalPositionIdentifier: line.lineRef,
    total,
    tax: Math.round((total * rate) / (100 + rate)),
  };
}

/**
 * Canonical order → wemalo goods order. `meta.externalId` is our order number: it is the key the
 * conditional add and every later call (status, cancel, packages) use. The delivery address is
 * the primary receiver; a different invoice address rides along as a second, non-primary
 * receiver (the receiver list allows several with one primary [M1]; what wemalo does with the
 * others is not documented).
 */
export function toWemaloOrder(order: Order, options: { shop?: string; dispatcherProfile?: string }): WemaloGoodsOrder {
  const contact = { email: order.customer.email, phone: order.customer.phone };
  const receivers = [receiver(order.deliveryAddress, true, contact)];
  if (!sameAddress(order.invoiceAddress, order.deliveryAddress)) receivers.push(receiver(order.invoiceAddress, false, contact));
  const body: WemaloGoodsOrder = {
    meta: {
      externalId: order.orderNumber,
      orderNumber: order.orderNumber,
      currency: order.currency,
      total: Number(order.totals.total),
      totalVat: Number(order.totals.tax),
      externalIdMatch: "sku",
      blocked: 0,
      receiver: receivers,
    },
    positions: order.lines.map((line) => position(line, order.currency)),
  };
  if (options.shop) body.shop = options.shop;
  const profile = options.dispatcherProfile ?? order.shippingMethod.code;
  if (profile) body.meta.dispatcherProfile = profile;
  if (order.notes) body.meta.pickingInfo = order.notes;
  if (order.externalOrderNumber && order.externalOrderNumber !== order.orderNumber) body.meta.extraInfo = `Shop order ${order.externalOrderNumber}`;
  return body;
}
