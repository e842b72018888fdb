import type { StoredOrder } from "./state";
import { propertyValue, PROPERTY_EXTERNAL_ORDER_ID, PROPERTY_SHIPPING_PROFILE, PROPERTY_WAREHOUSE } from "./orders";

export type FilterResult = { ok: true; orders: StoredOrder[] } | { ok: false; errors: Record<string, string[]> };

const dateFilters = [
  ["updatedAtFrom", "updatedAt", "from"],
  ["updatedAtTo", "updatedAt", "to"],
  ["createdAtFrom", "createdAt", "from"],
  ["createdAtTo", "createdAt", "to"],
] as const;

/** The filters of GET /rest/orders (OpenAPI parameter names) that the simulator honours. */
export function filterOrders(all: StoredOrder[], q: URLSearchParams): FilterResult {
  const errors: Record<string, string[]> = {};
  const num = (name: string): number | undefined => {
    const raw = q.get(name);
    if (raw === null || raw === "") return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) errors[name] = [`The ${name} must be a number.`];
    return n;
  };
  const list = (name: string): string[] | undefined => {
    const raw = [...q.getAll(name), ...q.getAll(`${name}[]`)];
    return raw.length ? raw.flatMap((r) => r.split(",")).map((s) => s.trim()).filter(Boolean) : undefined;
  };

  const statusFrom = num("statusFrom");
  const statusTo = num("statusTo");
  const referrerId = num("referrerId");
  const warehouseId = num("warehouseId");
  const shippingProfileId = num("shippingProfileId");
  const contactId = num("contactId");
  const clientId = num("clientId");
  const orderTypes = list("orderType")?.map(Number);
  const orderIds = list("orderIds")?.map(Number);
  const externalOrderId = q.get("externalOrderId");
  const paymentStatus = q.get("paymentStatus");
  const dates: { field: "updatedAt" | "createdAt"; bound: "from" | "to"; ms: number }[] = [];
  for (const [param, field, bound] of dateFilters) {
    const raw = q.get(param);
    if (!raw) continue;
    const ms = Date.parse(raw);
    if (Number.isNaN(ms)) errors[param] = [`The ${param} is not a valid W3C date.`];
    else dates.push({ field, bound, ms });
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const orders = all.filter((o) => {
    if (statusFrom !== undefined && o.statusId < statusFrom) return false;
    if (statusTo !== undefined && o.statusId > statusTo) return false;
    if (referrerId !== undefined && o.referrerId !== referrerId) return false;
    if (clientId !== undefined && o.plentyId !== clientId) return false;
    if (contactId !== undefined && o.contactId !== contactId) return false;
    if (warehouseId !== undefined && !inWarehouse(o, warehouseId)) return false;
    if (shippingProfileId !== undefined && propertyValue(o, PROPERTY_SHIPPING_PROFILE) !== String(shippingProfileId)) return false;
    if (orderTypes && !orderTypes.includes(o.typeId)) return false;
    if (orderIds && !orderIds.includes(o.id)) return false;
    if (externalOrderId && propertyValue(o, PROPERTY_EXTERNAL_ORDER_ID) !== externalOrderId) return false;
    if (paymentStatus && o.paymentStatus !== paymentStatus) return false;
    for (const d of dates) {
      const value = Date.parse(o[d.field]);
      if (d.bound === "from" && value < d.ms) return false;
      if (d.bound === "to" && value > d.ms) return false;
    }
    return true;
  });
  return { ok: true, orders: sortOrders(orders, q.get("sortBy"), q.get("sortOrder")) };
}

function inWarehouse(o: StoredOrder, warehouseId: number): boolean {
  return propertyValue(o, PROPERTY_WAREHOUSE) === String(warehouseId) || o.items.some((i) => i.warehouseId === warehouseId);
}

function sortOrders(orders: StoredOrder[], sortBy: string | null, sortOrder: string | null): StoredOrder[] {
  const key = sortBy === "statusId" || sortBy === "createdAt" ? sortBy : "id";
  const dir = sortOrder === "desc" ? -1 : 1;
  return [...orders].sort((a, b) => {
    const av = key === "createdAt" ? Date.parse(a.createdAt) : a[key];
    const bv = key === "createdAt" ? Date.parse(b.createdAt) : b[key];
    return (av === bv ? a.id - b.id : av < bv ? -1 : 1) * dir;
  });
}
