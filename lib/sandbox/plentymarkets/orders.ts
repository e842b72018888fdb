import { w3c } from "./clock";
import type { SimContext } from "./context";
import { demoBilling, demoLines, type SimAddressInput, type SimLineInput, type SimOrderInput } from "./order-input";
import type { SimVariation } from "./reference-data";
import type { StoredAddress, StoredOrder, StoredOrderItem } from "./state";

// Ids from the fact sheet §4 ([P3] OrderRequestGenerator, OpenAPI OrderProperty / OrderItem).
export const ADDRESS_BILLING = 1;
export const ADDRESS_DELIVERY = 2;
export const PROPERTY_WAREHOUSE = 1;
export const PROPERTY_SHIPPING_PROFILE = 2;
export const PROPERTY_PAYMENT_METHOD = 3;
export const PROPERTY_DOCUMENT_LANGUAGE = 6;
export const PROPERTY_EXTERNAL_ORDER_ID = 7;
export const DATE_ORDER = 2;
export const ITEM_VARIATION = 1;
export const ITEM_SHIPPING_COSTS = 6;

export class SimError extends Error {}

export function createOrder(sim: SimContext, input: SimOrderInput = {}): StoredOrder {
  const { store } = sim;
  const now = w3c(input.createdAt ?? sim.clock.now());
  const id = store.nextId("order");
  const statusId = input.statusId ?? 5;
  requireStatus(sim, statusId);
  const warehouseId = input.warehouseId ?? 104;
  const shippingProfileId = input.shippingProfileId ?? 6;
  const currency = input.currency ?? "EUR";
  const billing = saveAddress(sim, input.billing ?? demoBilling);
  const delivery = input.delivery ? saveAddress(sim, input.delivery) : billing;
  const referrerId = input.referrerId ?? 1;

  const items: StoredOrderItem[] = (input.lines ?? demoLines).map((line, i) => {
    const variation = variationFor(sim, line);
    return {
      id: store.nextId("item"),
      orderId: id,
      typeId: ITEM_VARIATION,
      referrerId,
      itemVariationId: variation.id,
      quantity: line.quantity,
      orderItemName: line.name ?? variation.name,
      attributeValues: "",
      shippingProfileId,
      countryVatId: 1,
      vatField: 0,
      vatRate: 19,
      position: i + 1,
      warehouseId,
      priceGross: line.priceGross ?? variation.priceGross,
      currency,
      createdAt: now,
      updatedAt: now,
    };
  });
  const shippingCosts = input.shippingCosts ?? 4.9;
  if (shippingCosts > 0) {
    items.push({
      id: store.nextId("item"),
      orderId: id,
      typeId: ITEM_SHIPPING_COSTS,
      referrerId,
      itemVariationId: 0,
      quantity: 1,
      orderItemName: "Versandkosten",
      attributeValues: "",
      shippingProfileId,
      countryVatId: 1,
      vatField: 0,
      vatRate: 19,
      position: items.length + 1,
      warehouseId: null,
      priceGross: shippingCosts,
      currency,
      createdAt: now,
      updatedAt: now,
    });
  }

  const order: StoredOrder = {
    id,
    typeId: input.typeId ?? 1,
    statusId,
    ownerId: 0,
    referrerId,
    plentyId: input.plentyId ?? sim.plentyId,
    locationId: 0,
    createdAt: now,
    updatedAt: now,
    contactId: store.nextId("contact"),
    billingAddressId: billing.id,
    deliveryAddressId: delivery.id,
    properties: [
      { typeId: PROPERTY_WAREHOUSE, value: String(warehouseId) },
      { typeId: PROPERTY_SHIPPING_PROFILE, value: String(shippingProfileId) },
      { typeId: PROPERTY_PAYMENT_METHOD, value: String(input.paymentMethodId ?? 6001) },
      { typeId: PROPERTY_DOCUMENT_LANGUAGE, value: input.language ?? "de" },
      { typeId: PROPERTY_EXTERNAL_ORDER_ID, value: input.externalOrderId ?? `SHOP-${id}` },
    ],
    dates: [{ typeId: DATE_ORDER, date: now }],
    items,
    currency,
    paymentStatus: input.paymentStatus ?? "fullyPaid",
  };
  store.orders.set(id, order);
  recordStatus(sim, order, "Auftrag angelegt", null);
  return order;
}

export function requireOrder(sim: SimContext, id: number): StoredOrder {
  const order = sim.store.orders.get(id);
  if (!order) throw new SimError(`order ${id} not found`);
  return order;
}

export function statusExists(sim: SimContext, statusId: number): boolean {
  return sim.statuses.some((s) => s.statusId === statusId);
}

function requireStatus(sim: SimContext, statusId: number): void {
  if (!statusExists(sim, statusId)) throw new SimError(`status ${statusId} does not exist`);
}

export function setStatus(sim: SimContext, order: StoredOrder, statusId: number, procedureText: string, userId: number | null): void {
  requireStatus(sim, statusId);
  if (order.statusId === statusId) return;
  order.statusId = statusId;
  touch(sim, order);
  recordStatus(sim, order, procedureText, userId);
}

export function touch(sim: SimContext, order: StoredOrder): void {
  order.updatedAt = w3c(sim.clock.now());
}

function recordStatus(sim: SimContext, order: StoredOrder, procedureText: string, userId: number | null): void {
  sim.store.history.push({
    id: sim.store.nextId("history"),
    orderId: order.id,
    statusId: order.statusId,
    createdAt: w3c(sim.clock.now()),
    userId,
    procedureText,
  });
}

function saveAddress(sim: SimContext, a: SimAddressInput): StoredAddress {
  const address: StoredAddress = {
    id: sim.store.nextId("address"),
    gender: a.company && !a.firstName ? "company" : null,
    name1: a.company ?? "",
    name2: a.firstName ?? "",
    name3: a.lastName ?? "",
    name4: a.careOf ?? "",
    address1: a.street,
    address2: a.houseNumber ?? "",
    address3: a.addressLine2 ?? "",
    postalCode: a.postalCode,
    town: a.town,
    countryId: a.countryId ?? 1,
    stateId: null,
    isPackstation: Boolean(a.packstationNo),
    packstationNo: a.packstationNo ?? "",
    email: a.email ?? "",
    phone: a.phone ?? "",
  };
  sim.store.addresses.set(address.id, address);
  return address;
}

function variationFor(sim: SimContext, line: SimLineInput): SimVariation {
  const known = sim.variations.find((v) => v.number === line.sku);
  if (known) return known;
  const maxId = Math.max(0, ...sim.variations.map((v) => v.id));
  const created: SimVariation = {
    id: maxId + 1,
    itemId: maxId + 1,
    number: line.sku,
    model: line.sku,
    name: line.name ?? line.sku,
    weightG: line.weightG ?? 100,
    priceGross: line.priceGross ?? 10,
    barcode: "",
  };
  sim.variations.push(created);
  return created;
}

export function propertyValue(order: StoredOrder, typeId: number): string | undefined {
  return order.properties.find((p) => p.typeId === typeId)?.value;
}
