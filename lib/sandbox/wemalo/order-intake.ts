import type { PartialReason } from "./catalog";
import { invalid, missing, notFound, num, obj, str } from "./http";
import type { Position, Receiver, ShopState } from "./store";

export interface ParsedOrder {
  externalId: string;
  orderNumber: string;
  meta: Record<string, unknown>;
  receiver: Receiver;
  dispatcherProfile?: string;
  priority: number;
  positions: Position[];
}

const RECEIVER_REQUIRED = ["name1", "street", "zip", "city", "countryCode2Letter"] as const;

/**
 * Validates a `POST /goodsOrder/add` body as the apidoc describes it [M1]: `meta.externalId`,
 * `meta.receiver[]` (one primary) and `positions[]` are required; positions are matched by product
 * externalId, or by sku when `meta.externalIdMatch` is "sku"; an unknown product answers
 * `NOT_FOUND extId`, a serial number with quantity above 1 answers `INVALID quantity`.
 */
export function parseOrderBody(body: Record<string, unknown>, shop: ShopState): ParsedOrder | Response {
  const meta = obj(body.meta);
  if (!meta) return missing("meta");
  const externalId = str(meta.externalId);
  if (!externalId) return missing("meta.externalId");

  const receivers = Array.isArray(meta.receiver) ? meta.receiver.map(obj).filter((r) => r !== undefined) : [];
  const primary = receivers.find((r) => r.primary === true) ?? receivers[0];
  if (!primary) return missing("meta.receiver");
  for (const field of RECEIVER_REQUIRED) if (!str(primary[field])) return missing(`meta.receiver.${field}`);

  const rawPositions = Array.isArray(body.positions) ? body.positions : [];
  if (rawPositions.length === 0) return missing("positions");
  const bySku = str(meta.externalIdMatch) === "sku";
  const positions: Position[] = [];
  for (const raw of rawPositions) {
    const p = obj(raw);
    const extId = p && str(p.externalId);
    if (!p || !extId) return missing("positions.externalId");
    const quantity = p.quantity === undefined ? 1 : num(p.quantity);
    if (quantity === undefined || !Number.isInteger(quantity) || quantity < 1) return invalid("quantity", p.quantity, "quantity must be a positive integer");
    if (str(p.serialNumber) && quantity > 1) return invalid("quantity", quantity, "If serial number is set, quantity must not be higher then 1.");
    const product = bySku ? shop.productBySku(extId) : shop.products.get(extId);
    if (!product) return notFound("extId", extId, `No product with extId ${extId} found.`);
    positions.push({
      productId: product.id,
      externalId: product.externalId,
      sku: product.sku,
      name: product.name,
      quantity,
      shipped: 0,
      externalPositionIdentifier: str(p.externalPositionIdentifier),
      total: num(p.total),
      tax: num(p.tax),
    });
  }

  return {
    externalId,
    orderNumber: str(meta.orderNumber) || externalId,
    meta,
    receiver: toReceiver(primary),
    dispatcherProfile: str(meta.dispatcherProfile),
    priority: num(meta.priority) ?? 3,
    positions,
  };
}

function toReceiver(r: Record<string, unknown>): Receiver {
  const s = (k: string) => str(r[k]) ?? "";
  return {
    primary: true,
    name1: s("name1"),
    name2: s("name2"),
    name3: s("name3"),
    street: s("street"),
    streetNumber: s("streetNumber"),
    addressAddition: s("addressAddition"),
    zip: s("zip"),
    city: s("city"),
    countryCode2Letter: s("countryCode2Letter").toUpperCase(),
    stateProvinceCountry: s("stateProvinceCountry"),
    phoneNumber: s("phoneNumber"),
    email: s("email"),
    customerNumber: s("customerNumber"),
  };
}

/**
 * Why a new order would stay PARTIAL, or undefined when it can be reserved (OPEN). The address
 * check is the simulator's own stand-in for wemalo's address validation: a two-letter country and,
 * for Germany, a five-digit zip.
 */
export function partialReason(order: ParsedOrder, shop: ShopState, now: Date, except?: Parameters<ShopState["reserved"]>[1]): PartialReason | undefined {
  const r = order.receiver;
  if (!/^[A-Z]{2}$/.test(r.countryCode2Letter) || (r.countryCode2Letter === "DE" && !/^\d{5}$/.test(r.zip))) return "ADDRESS";
  const delivery = str(order.meta.expectedDeliveryDate);
  if (delivery && /^\d{4}-\d{2}-\d{2}$/.test(delivery) && delivery > now.toISOString().slice(0, 10)) return "DELIVERYDATE";
  const needed = new Map<number, number>();
  for (const p of order.positions) needed.set(p.productId, (needed.get(p.productId) ?? 0) + p.quantity - p.shipped);
  for (const [productId, quantity] of needed) {
    const product = shop.productById(productId);
    if (!product || product.stock - shop.reserved(productId, except) < quantity) return "STOCK";
  }
  return undefined;
}
