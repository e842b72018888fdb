import { STATUS, TRACKING_URL, TRANSPORTER_CONTRACTS, backOrderNumber } from "./facts";
import { inventoryInfo, touchStock } from "./inventory";
import { setStatus } from "./order-writes";
import type { OngoingStore, StoredOrder, StoredParcel, StoredTransporter } from "./store";

/** What the warehouse does to an order; the simulator's control surface calls these. */

export interface LineQuantity {
  articleNumber: string;
  quantity: number;
}

export interface ShipParcel {
  parcelNumber?: string;
  /** Which lines travel in this parcel; omitted: the lines are spread over the parcels. */
  lines?: LineQuantity[];
}

export interface ShipOptions {
  /** Number of parcels, or each parcel with its content. Default 1. */
  parcels?: number | ShipParcel[];
  /** Ship only these quantities (a partial shipment); default everything ordered. */
  lines?: LineQuantity[];
  waybill?: string;
  transporterCode?: string;
  serviceCode?: string;
  trackingUrl?: string;
  /** Put the rest of a partial shipment on a new back order (default true). */
  backOrder?: boolean;
}

export function release(store: OngoingStore, order: StoredOrder): void {
  setStatus(store, order, STATUS.released);
}

export function allocate(store: OngoingStore, order: StoredOrder): void {
  setStatus(store, order, STATUS.allocated);
}

/** Is there stock for every article of the order that no other order already holds? */
export function canAllocate(store: OngoingStore, order: StoredOrder): boolean {
  const needed = new Map<number, number>();
  for (const line of order.lines) needed.set(line.articleSystemId, (needed.get(line.articleSystemId) ?? 0) + line.orderedNumberOfItems);
  return [...needed].every(([articleSystemId, qty]) => {
    const article = store.articles.get(articleSystemId);
    if (!article) return false;
    const info = inventoryInfo(store, article);
    const free = info.numberOfItems - info.allocatedNumberOfItems - info.pickedToBeCollectedNumberOfItems - info.numberOfLockedItems;
    return free >= qty;
  });
}

export function pick(store: OngoingStore, order: StoredOrder, lines?: LineQuantity[]): void {
  const now = store.now();
  const wanted = quantities(order, lines);
  for (const line of order.lines) {
    const qty = Math.min(wanted.get(line.id) ?? 0, line.orderedNumberOfItems);
    line.pickedNumberOfItems = qty;
    line.picked = qty > 0 ? [{ articleItemId: store.nextId("item"), numberOfItems: qty, pickedTime: now, parcelId: null }] : [];
  }
  setStatus(store, order, STATUS.picked);
}

/** Sent (450): parcels, waybill and transporter are set, stock leaves the warehouse. */
export function ship(store: OngoingStore, order: StoredOrder, options: ShipOptions = {}): StoredOrder | null {
  if (order.statusNumber >= STATUS.sent) {
    throw new Error(`Ongoing simulator: order ${order.orderNumber} has status ${order.statusNumber} and cannot be shipped`);
  }
  const parcelSpecs = normaliseParcels(options.parcels);
  const explicitLines = options.lines ?? (parcelSpecs.some((p) => p.lines) ? parcelSpecs.flatMap((p) => p.lines ?? []) : undefined);
  if (order.statusNumber < STATUS.picked || explicitLines) pick(store, order, explicitLines);

  const transporter = chooseTransporter(order, options);
  const waybill = options.waybill ?? `UA${store.nextId("number")}`;
  const urlFor = (w: string) => options.trackingUrl ?? TRACKING_URL[transporter.code]?.(w) ?? null;

  const parcels: StoredParcel[] = parcelSpecs.map((spec) => {
    const parcelNumber = spec.parcelNumber ?? `00373${String(store.nextId("number")).padStart(13, "0")}`;
    return { id: store.nextId("parcel"), parcelNumber, isReturnParcel: false, waybill: parcelNumber, trackingUrl: urlFor(parcelNumber) };
  });
  assignItemsToParcels(store, order, parcelSpecs, parcels);

  const now = store.now();
  order.parcels.push(...parcels);
  order.wayBill = waybill;
  order.transporter = transporter;
  order.tracking.push({ waybill, trackingUrl: urlFor(waybill), created: now, isReturn: false });
  order.shippedAt = now;
  for (const line of order.lines) {
    const article = store.articles.get(line.articleSystemId);
    if (article) article.numberOfItems = Math.max(0, article.numberOfItems - line.pickedNumberOfItems);
  }
  setStatus(store, order, STATUS.sent);

  const rest = order.lines.filter((l) => l.pickedNumberOfItems < l.orderedNumberOfItems);
  if (rest.length === 0 || options.backOrder === false) return null;
  return createBackOrder(store, order);
}

export function collect(store: OngoingStore, order: StoredOrder): void {
  setStatus(store, order, STATUS.collected);
}

export function markReturned(store: OngoingStore, order: StoredOrder): void {
  for (const line of order.lines) {
    const article = store.articles.get(line.articleSystemId);
    if (article) article.numberOfItems += line.pickedNumberOfItems;
  }
  setStatus(store, order, STATUS.returned);
}

export function markError(store: OngoingStore, order: StoredOrder, reason: string): void {
  order.errorReason = reason;
  setStatus(store, order, STATUS.error);
}

export function cancelByWarehouse(store: OngoingStore, order: StoredOrder): void {
  setStatus(store, order, STATUS.cancelled);
}

/**
 * One step of a warehouse's normal day: Open → Released → Allocated (only with stock) → Picked →
 * Sent → Collected. Returns false when the order does not move.
 */
export function advance(store: OngoingStore, order: StoredOrder): boolean {
  switch (order.statusNumber) {
    case STATUS.open:
      release(store, order);
      return true;
    case STATUS.released:
      if (!canAllocate(store, order)) return false;
      allocate(store, order);
      return true;
    case STATUS.allocated:
      pick(store, order);
      return true;
    case STATUS.picked:
      ship(store, order);
      return true;
    case STATUS.sent:
      collect(store, order);
      return true;
    default:
      return false;
  }
}

function createBackOrder(store: OngoingStore, order: StoredOrder): StoredOrder {
  const now = store.now();
  const siblings = [...store.orders.values()].filter((o) => o.backOrderForOrderId === order.orderId).length;
  const lines = order.lines
    .filter((l) => l.pickedNumberOfItems < l.orderedNumberOfItems)
    .map((l) => ({
      ...l,
      id: store.nextId("line"),
      orderedNumberOfItems: l.orderedNumberOfItems - l.pickedNumberOfItems,
      pickedNumberOfItems: 0,
      reportedNumberOfItems: null,
      input: { ...l.input, numberOfItems: l.orderedNumberOfItems - l.pickedNumberOfItems },
      picked: [],
    }));
  const orderNumber = backOrderNumber(order.orderNumber, siblings + 1);
  const back: StoredOrder = {
    ...order,
    orderId: store.nextId("order"),
    orderNumber,
    statusNumber: STATUS.open,
    input: { ...order.input, orderNumber, orderLines: lines.map((l) => l.input) },
    lines,
    parcels: [],
    tracking: [],
    wayBill: null,
    returnWayBill: null,
    transporter: null,
    backOrderForOrderId: order.orderId,
    errorReason: null,
    createdAt: now,
    updatedAt: now,
    statusChangedAt: now,
    shippedAt: null,
  };
  store.orders.set(back.orderId, back);
  touchStock(store, back);
  return back;
}

function quantities(order: StoredOrder, lines?: LineQuantity[]): Map<number, number> {
  const out = new Map<number, number>();
  if (!lines) {
    for (const l of order.lines) out.set(l.id, l.orderedNumberOfItems);
    return out;
  }
  for (const want of lines) {
    let left = want.quantity;
    for (const l of order.lines) {
      if (l.articleNumber !== want.articleNumber || left <= 0) continue;
      const room = l.orderedNumberOfItems - (out.get(l.id) ?? 0);
      const take = Math.min(room, left);
      out.set(l.id, (out.get(l.id) ?? 0) + take);
      left -= take;
    }
  }
  return out;
}

function normaliseParcels(parcels: ShipOptions["parcels"]): ShipParcel[] {
  if (parcels === undefined) return [{}];
  if (typeof parcels === "number") return Array.from({ length: Math.max(1, parcels) }, () => ({}));
  return parcels.length > 0 ? parcels : [{}];
}

/** Picked items carry the parcel they were packed in (GetPickedArticleItemParcel [S4]). */
function assignItemsToParcels(store: OngoingStore, order: StoredOrder, specs: ShipParcel[], parcels: StoredParcel[]): void {
  const explicit = specs.some((s) => s.lines);
  order.lines.forEach((line, index) => {
    if (line.picked.length === 0) return;
    if (!explicit) {
      for (const item of line.picked) item.parcelId = parcels[index % parcels.length]!.id;
      return;
    }
    // Split the line's picked quantity over the parcels that name its article.
      const items: typeof line.picked = [];
    let left = line.pickedNumberOfItems;
    specs.forEach((spec, p) => {
      const qty = Math.min(left, (spec.lines ?? []).filter((l) => l.articleNumber === line.articleNumber).reduce((s, l) => s + l.quantity, 0));
      if (qty <= 0) return;
      items.push({ articleItemId: store.nextId("item"), numberOfItems: qty, pickedTime: line.picked[0]!.pickedTime, parcelId: parcels[p]!.id });
      left -= qty;
    });
    if (items.length > 0) line.picked = items;
  });
}

function chooseTransporter(order: StoredOrder, options: ShipOptions): StoredTransporter {
  const code = options.transporterCode ?? order.input.transporter?.transporterCode ?? "PLAB";
  const serviceCode = options.serviceCode ?? order.input.transporter?.transporterServiceCode ?? "P18";
  const contract = TRANSPORTER_CONTRACTS.find((c) => c.transporterCode === code);
  const service = contract?.transporterServices.find((s) => s.transporterServiceCode === serviceCode);
  return { transporterName: contract?.transporterName ?? code, name: service?.transporterServiceName ?? serviceCode, code, serviceCode };
}
