import { CANCELLABLE, DEFAULT_ORDER_CHANNEL } from "./facts";
import type { StoredAddress, StoredOrder, WebshipperStore } from "./store";

export type Result<T> = { ok: true; value: T } | { ok: false; status: number; title: string; detail: string; pointer?: string };
const fail = (status: number, title: string, detail: string, pointer?: string): Result<never> => ({ ok: false, status, title, detail, pointer });

export interface OrderInput {
  ext_ref?: string | null;
  visible_ref?: string | null;
  currency?: string | null;
  tags?: string[];
  external_comment?: string | null;
  internal_comment?: string | null;
  delivery_address?: StoredAddress;
  billing_address?: StoredAddress | null;
  order_lines?: {
    ext_ref?: string | null;
    sku?: string | null;
    description?: string | null;
    quantity?: number;
    unit_price?: number | null;
    vat_percent?: number | null;
    weight?: number | null;
    weight_unit?: string | null;
  }[];
  orderChannelId?: number;
  shippingRateId?: number | null;
}

/** Reads the create/update document's attributes and relationships into an OrderInput. */
export function orderInputOf(data: Record<string, unknown>): OrderInput {
  const attrs = (data.attributes ?? {}) as Record<string, unknown>;
  const rel = (data.relationships ?? {}) as Record<string, { data?: { id?: unknown } | null } | undefined>;
  const relId = (name: string) => {
    const r = rel[name];
    if (!r) return undefined;
    return r.data?.id === undefined || r.data?.id === null ? null : Number(r.data.id);
  };
  const input: OrderInput = { ...(attrs as OrderInput) };
  const channel = relId("order_channel") ?? (typeof attrs.order_channel_id === "number" ? attrs.order_channel_id : undefined);
  if (channel !== undefined && channel !== null) input.orderChannelId = channel;
  const rate = relId("shipping_rate");
  if (rate !== undefined) input.shippingRateId = rate;
  return input;
}

const addressComplete = (a: StoredAddress | undefined) =>
  Boolean(a && (a.att_contact || a.company_name) && a.address_1 && a.zip && a.city && a.country_code);

/**
 * New orders start `pending`; without a matching shipping rate `missing_rate` [W2]; an address
 * that cannot make parcels is `error` with error_class `address` [W2] (the check itself is GUESS:
 * att_contact or company_name is required to make parcels [W2] ShippingAddresses).
 */
export function createOrder(store: WebshipperStore, input: OrderInput): Result<StoredOrder> {
  const channelId = input.orderChannelId ?? DEFAULT_ORDER_CHANNEL.id;
  if (!store.orderChannels.has(channelId)) return fail(422, "Unprocessable Entity", `order_channel ${channelId} does not exist`, "/data/relationships/order_channel");
  if (input.ext_ref && store.orderByExtRef(channelId, input.ext_ref)) {
    return fail(422, "Unprocessable Entity", "ext_ref has already been taken", "/data/attributes/ext_ref");
  }
  const lines = input.order_lines ?? [];
  const bad = lines.findIndex((l) => !Number.isInteger(l.quantity) || (l.quantity ?? 0) <= 0);
  if (bad >= 0) return fail(422, "Unprocessable Entity", "quantity must be a positive integer", `/data/attributes/order_lines/${bad}/quantity`);
  const now = store.now();
  const order: StoredOrder = {
    id: store.nextId("order"),
    orderChannelId: channelId,
    ext_ref: input.ext_ref ?? null,
    visible_ref: input.visible_ref ?? null,
    status: "pending",
    error_message: null,
    error_class: null,
    lock_state: "unlocked",
    currency: input.currency ?? null,
    tags: input.tags ?? [],
    shippingRateId: input.shippingRateId ?? null,
    delivery_address: input.delivery_address ?? {},
    billing_address: input.billing_address ?? null,
    external_comment: input.external_comment ?? null,
    internal_comment: input.internal_comment ?? null,
    lines: lines.map((l) => ({
      id: store.nextId("line"),
      ext_ref: l.ext_ref ?? null,
      sku: l.sku ?? null,
      description: l.description ?? null,
      quantity: l.quantity!,
      unit_price: l.unit_price ?? null,
      vat_percent: l.vat_percent ?? null,
      weight: l.weight ?? null,
      weight_unit: l.weight_unit ?? "g",
      dispatched: 0,
    })),
    created_at: now,
    updated_at: now,
  };
  judge(store, order);
  store.orders.set(order.id, order);
  return { ok: true, value: order };
}

/** Re-evaluates a waiting order: rate and address decide between pending, missing_rate and error. */
export function judge(store: WebshipperStore, order: StoredOrder): void {
  if (!CANCELLABLE.includes(order.status) || order.status === "on_hold") return;
  const rate = order.shippingRateId === null ? undefined : store.shippingRates.get(order.shippingRateId);
  if (!rate || rate.orderChannelId !== order.orderChannelId) {
    order.status = "missing_rate";
    order.error_message = null;
    order.error_class = null;
  } else if (!addressComplete(order.delivery_address)) {
    order.status = "error";
    order.error_class = "address";
    order.error_message = "The delivery address is incomplete (name, address_1, zip, city and country_code are required)";
  } else {
    order.status = "pending";
    order.error_message = null;
    order.error_class = null;
  }
}

/** PATCH: attributes present replace stored ones; a status change is checked against what has left. */
export function updateOrder(store: WebshipperStore, order: StoredOrder, input: OrderInput & { status?: string }): Result<StoredOrder> {
  if (order.lock_state === "locked" && input.status !== "cancelled") return fail(422, "Unprocessable Entity", "The order is locked");
  if (input.status === "cancelled") {
    if (!CANCELLABLE.includes(order.status) && order.status !== "cancelled") {
      return fail(422, "Unprocessable Entity", `An order with status ${order.status} cannot be cancelled`, "/data/attributes/status");
    }
    order.status = "cancelled";
  } else if (input.status === "dispatched") {
    // Marked sent from outside (shipped in Rackbeat, seed 002) [W §3 PATCH /orders/{id}, W §4 enum]:
    // everything counts as left, without a shipment or tracking. GUESS: any status but cancelled.
    if (order.status === "cancelled") return fail(422, "Unprocessable Entity", "A cancelled order cannot be dispatched", "/data/attributes/status");
    order.status = "dispatched";
    order.error_message = null;
    order.error_class = null;
    for (const line of order.lines) line.dispatched = line.quantity;
  } else if (input.status !== undefined && input.status !== order.status) {
    return fail(422, "Unprocessable Entity", `status cannot be changed to ${input.status} through the API`, "/data/attributes/status");
  }
  if (input.tags !== undefined) order.tags = input.tags;
  if (input.delivery_address !== undefined) order.delivery_address = input.delivery_address;
  if (input.external_comment !== undefined) order.external_comment = input.external_comment;
  if (input.internal_comment !== undefined) order.internal_comment = input.internal_comment;
  if (input.shippingRateId !== undefined) order.shippingRateId = input.shippingRateId;
  if (input.delivery_address !== undefined || input.shippingRateId !== undefined) judge(store, order);
  store.touch(order);
  return { ok: true, value: order };
}
