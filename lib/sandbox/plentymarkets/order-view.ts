import type { SimContext } from "./context";
import { ADDRESS_BILLING, ADDRESS_DELIVERY, ITEM_SHIPPING_COSTS } from "./orders";
import type { StoredAddress, StoredOrder, StoredOrderItem, StoredPackage } from "./state";

/** `with[]=a&with[]=b` and `with=a,b` (OpenAPI: style form, explode false) both work. */
export function parseWith(query: URLSearchParams): Set<string> {
  const values = [...query.getAll("with"), ...query.getAll("with[]")];
  return new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean));
}

export type OrderView = Record<string, unknown> & { id: number; typeId: number; statusId: number; plentyId: number };

/** An order as GET /rest/orders and /rest/orders/{id} answer it, relations loaded per `with`. */
export function renderOrder(sim: SimContext, order: StoredOrder, relations: Set<string>, addOrderItems = true): OrderView {
  const status = sim.statuses.find((s) => s.statusId === order.statusId);
  const withVariation = relations.has("orderItems.variation");
  const view: OrderView = {
    id: order.id,
    typeId: order.typeId,
    statusId: order.statusId,
    statusName: status?.de ?? "",
    ownerId: order.ownerId,
    referrerId: order.referrerId,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    plentyId: order.plentyId,
    locationId: order.locationId,
    roundTotalsOnly: false,
    numberOfDecimals: 2,
    lockStatus: "unlocked",
    hasTaxRelevantDocuments: false,
    contactSenderId: null,
    contactReceiverId: order.contactId,
    warehouseSenderId: Number(order.properties.find((p) => p.typeId === 1)?.value ?? 0) || null,
    warehouseReceiverId: null,
    properties: order.properties.map((p) => ({ orderId: order.id, typeId: p.typeId, value: p.value })),
    dates: order.dates.map((d) => ({ orderId: order.id, typeId: d.typeId, date: d.date })),
    addressRelations: [
      { orderId: order.id, typeId: ADDRESS_BILLING, addressId: order.billingAddressId },
      { orderId: order.id, typeId: ADDRESS_DELIVERY, addressId: order.deliveryAddressId },
    ],
    amounts: [orderAmount(order)],
  };
  if (addOrderItems) view.orderItems = order.items.map((item) => renderItem(sim, item, withVariation));
  if (relations.has("relations")) {
    view.relations = [{ orderId: order.id, referenceType: "contact", referenceId: order.contactId, relation: "receiver" }];
  }
  if (relations.has("addresses")) {
    const ids = [...new Set([order.billingAddressId, order.deliveryAddressId])];
    view.addresses = ids.map((id) => sim.store.addresses.get(id)).filter((a) => a !== undefined).map(renderAddress);
  }
  if (relations.has("shippingPackages")) view.shippingPackages = (sim.store.packages.get(order.id) ?? []).map(renderPackage);
  return view;
}

function orderAmount(order: StoredOrder) {
  const gross = round2(order.items.reduce((sum, i) => sum + i.priceGross * i.quantity, 0));
  const net = round2(order.items.reduce((sum, i) => sum + (i.priceGross * i.quantity) / (1 + i.vatRate / 100), 0));
  const paid = order.paymentStatus === "fullyPaid" || order.paymentStatus === "overpaid" ? gross : 0;
  return {
    orderId: order.id,
    isSystemCurrency: true,
    isNet: false,
    currency: order.currency,
    exchangeRate: 1,
    netTotal: net,
    grossTotal: gross,
    vatTotal: round2(gross - net),
    invoiceTotal: gross,
    paidAmount: paid,
    shippingCostsGross: round2(order.items.filter((i) => i.typeId === ITEM_SHIPPING_COSTS).reduce((s, i) => s + i.priceGross * i.quantity, 0)),
  };
}

function renderItem(sim: SimContext, item: StoredOrderItem, withVariation: boolean) {
  const { priceGross, currency, ...rest } = item;
  const view: Record<string, unknown> = {
    ...rest,
    amounts: [
      {
        orderItemId: item.id,
        isSystemCurrency: true,
        currency,
        exchangeRate: 1,
        purchasePrice: 0,
        priceOriginalGross: priceGross,
        priceOriginalNet: round2(priceGross / (1 + item.vatRate / 100)),
        priceGross,
        priceNet: round2(priceGross / (1 + item.vatRate / 100)),
        surcharge: 0,
        discount: 0,
        isPercentage: false,
      },
    ],
    properties: [],
  };
  if (withVariation) {
    const v = sim.variations.find((x) => x.id === item.itemVariationId);
    view.variation = v
      ? { id: v.id, itemId: v.itemId, number: v.number, model: v.model, weightG: v.weightG, weightNetG: v.weightG, isMain: true, isActive: true }
      : null;
  }
  return view;
}

// Address options typeId 5 = e-mail (read this way by the official Shopware connector, [P3]);
// typeId 4 = telephone is our assumption.
export function renderAddress(a: StoredAddress) {
  const options = [];
  if (a.phone) options.push({ typeId: 4, value: a.phone });
  if (a.email) options.push({ typeId: 5, value: a.email });
  return { ...a, options };
}

export function renderPackage(p: StoredPackage) {
  return { ...p };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
