import { checkedOrder } from "@/lib/connectors/checked-order";
import { moneyFromNumber, orderSchema, type Address, type Order, type OrderLine, type PaymentState } from "@/lib/orders";
import type { PlentyAddress, PlentyOrder, PlentyOrderItem } from "./schemas";

// Ids from the fact sheet §4 ([P3] OrderRequestGenerator, OpenAPI OrderProperty / OrderItem).
export const ADDRESS_INVOICE = 1;
export const ADDRESS_DELIVERY = 2;
export const PROPERTY_SHIPPING_PROFILE = 2;
export const PROPERTY_PAYMENT_METHOD = 3;
export const PROPERTY_LANGUAGE = 6;
export const PROPERTY_EXTERNAL_ORDER_ID = 7;
const DATE_ORDER = 2;
const ITEM_VARIATION = 1;
const ITEM_BUNDLE = 2;
const ITEM_BUNDLE_COMPONENT = 3;
const ITEM_PROMOTIONAL_COUPON = 4;
const ITEM_GIFT_CARD = 5;
const ITEM_SHIPPING_COSTS = 6;
// Address option types: 5 = e-mail ([P3] OrderResponseParser); 4 = telephone is our assumption.
const OPTION_PHONE = 4;
const OPTION_EMAIL = 5;

export interface MapContext {
  /** plentymarkets country id → ISO alpha-2, from GET /rest/orders/shipping/countries. */
  countries: ReadonlyMap<number, string>;
}

export type MapResult = { ok: true; order: Order } | { ok: false; reason: string };

const property = (o: PlentyOrder, typeId: number) => o.properties.find((p) => p.typeId === typeId)?.value;

function unitPrice(item: PlentyOrderItem): number {
  const a = item.amounts?.[0];
  return a?.priceGross ?? a?.priceOriginalGross ?? 0;
}

function mapAddress(a: PlentyAddress, ctx: MapContext): Address | string {
  const countryCode = ctx.countries.get(a.countryId);
  if (!countryCode) return `unknown plentymarkets country id ${a.countryId}`;
  const option = (typeId: number) => a.options?.find((o) => o.typeId === typeId)?.value;
  const opt = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);
  return {
    company: opt(a.name1),
    firstName: opt(a.name2),
    lastName: opt(a.name3),
    careOf: opt(a.name4),
    street: a.address1.trim(),
    houseNumber: opt(a.address2),
    addressLine2: opt(a.address3),
    postalCode: a.postalCode.trim(),
    city: a.town.trim(),
    countryCode,
    phone: opt(option(OPTION_PHONE) ?? a.phone),
    email: opt(option(OPTION_EMAIL) ?? a.email),
    parcelLocker: a.isPackstation ? opt(a.packstationNo) : undefined,
  };
}

function addressOfType(o: PlentyOrder, typeId: number): PlentyAddress | undefined {
  const rel = o.addressRelations.find((r) => r.typeId === typeId);
  return rel ? o.addresses.find((a) => a.id === rel.addressId) : undefined;
}

function mapLine(item: PlentyOrderItem, currency: string): OrderLine | string {
  if (!Number.isInteger(item.quantity) || item.quantity <= 0) return `line ${item.id} has quantity ${item.quantity}`;
  const sku = item.variation?.number?.trim();
  if (!sku) return `line ${item.id} (variation ${item.itemVariationId ?? "?"}) has no variation number to use as SKU`;
  return {
    lineRef: String(item.id),
    sku,
    name: item.orderItemName,
    quantity: item.quantity,
    unitPrice: moneyFromNumber(unitPrice(item), currency),
    taxRate: item.vatRate === null || item.vatRate === undefined ? undefined : String(item.vatRate),
    weightGrams: item.variation?.weightG === null || item.variation?.weightG === undefined ? undefined : Math.round(item.variation.weightG),
  };
}

function paymentState(paid: number | null | undefined, total: number | null | undefined): PaymentState {
  if (paid === null || paid === undefined || total === null || total === undefined) return "unknown";
  if (paid >= total) return "paid";
  return paid > 0 ? "partially_paid" : "unpaid";
}

const sum = (items: PlentyOrderItem[]) => items.reduce((s, i) => s + unitPrice(i) * i.quantity, 0);

/**
 * A plentymarkets order (read with addresses and orderItems.variation) → the canonical order.
 * Lines are what the warehouse ships: variations and bundle components; a bundle's own line
 * only carries its price. Ids: order id = sourceRef = order number; property 7 = the shop's
 * external order number.
 */
export function mapPlentyOrder(o: PlentyOrder, ctx: MapContext): MapResult {
  return checkedOrder(() => mapUnchecked(o, ctx));
}

function mapUnchecked(o: PlentyOrder, ctx: MapContext): MapResult {
  const amount = o.amounts.find((a) => a.isSystemCurrency !== false) ?? o.amounts[0];
  const currency = amount?.currency ?? o.orderItems.find((i) => i.amounts?.[0])?.amounts?.[0]?.currency ?? "EUR";

  const invoiceRaw = addressOfType(o, ADDRESS_INVOICE);
  const deliveryRaw = addressOfType(o, ADDRESS_DELIVERY) ?? invoiceRaw;
  if (!invoiceRaw || !deliveryRaw) return { ok: false, reason: `order ${o.id} has no invoice or delivery address` };
  const invoiceAddress = mapAddress(invoiceRaw, ctx);
  const deliveryAddress = mapAddress(deliveryRaw, ctx);
  if (typeof invoiceAddress === "string") return { ok: false, reason: `order ${o.id}: invoice address: ${invoiceAddress}` };
  if (typeof deliveryAddress === "string") return { ok: false, reason: `order ${o.id}: delivery address: ${deliveryAddress}` };

  const shipped = o.orderItems.filter((i) => i.typeId === ITEM_VARIATION || i.typeId === ITEM_BUNDLE_COMPONENT);
  const lines: OrderLine[] = [];
  for (const item of shipped) {
    const line = mapLine(item, currency);
    if (typeof line === "string") return { ok: false, reason: `order ${o.id}: ${line}` };
    lines.push(line);
  }

  const priced = o.orderItems.filter((i) => i.typeId === ITEM_VARIATION || i.typeId === ITEM_BUNDLE);
  const discount = -sum(o.orderItems.filter((i) => i.typeId === ITEM_PROMOTIONAL_COUPON || i.typeId === ITEM_GIFT_CARD));
  const total = amount?.invoiceTotal ?? amount?.grossTotal ?? sum(o.orderItems);
  const orderDate = o.dates.find((d) => d.typeId === DATE_ORDER)?.date ?? o.createdAt;
  const shippingProfile = property(o, PROPERTY_SHIPPING_PROFILE) ?? String(shipped[0]?.shippingProfileId ?? "");

  const candidate: Order = {
    sourceRef: String(o.id),
    orderNumber: String(o.id),
    externalOrderNumber: property(o, PROPERTY_EXTERNAL_ORDER_ID) || undefined,
    createdAt: orderDate,
    updatedAt: o.updatedAt,
    currency,
    totals: {
      subtotal: moneyFromNumber(sum(priced), currency),
      shipping: moneyFromNumber(sum(o.orderItems.filter((i) => i.typeId === ITEM_SHIPPING_COSTS)), currency),
      discount: moneyFromNumber(Math.max(0, discount), currency),
      tax: moneyFromNumber(amount?.vatTotal ?? 0, currency),
      total: moneyFromNumber(total, currency),
    },
    customer: {
      customerRef: o.contactReceiverId ? String(o.contactReceiverId) : undefined,
      email: invoiceAddress.email ?? deliveryAddress.email,
      phone: deliveryAddress.phone ?? invoiceAddress.phone,
      language: property(o, PROPERTY_LANGUAGE),
    },
    invoiceAddress,
    deliveryAddress,
    lines,
    shippingMethod: { code: shippingProfile || "default" },
    paymentState: paymentState(amount?.paidAmount, total),
    paymentMethod: property(o, PROPERTY_PAYMENT_METHOD),
  };
  const parsed = orderSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `order ${o.id}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}` };
  }
  return { ok: true, order: parsed.data };
}
