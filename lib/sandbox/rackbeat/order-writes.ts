import { renderOrder, renderShipment } from "./render";
import type { RackbeatAddress, RackbeatStore, StoredOrder, StoredShipment } from "./store";

/** Tells the registered webhooks the order changed (GUESS: Rackbeat announces every write of an order). */
export function announceOrder(store: RackbeatStore, order: StoredOrder, changed: string[]): void {
  store.webhooks.emit("order.updated", { key: order.number, keyName: "number", data: renderOrder(store, order), changed });
}

export type Result<T> = { ok: true; value: T } | { ok: false; status: number; body: unknown };
const invalid = (errors: Record<string, string[]>): Result<never> => ({ ok: false, status: 422, body: { message: "The given data was invalid.", errors } });
const refused = (message: string): Result<never> => ({ ok: false, status: 422, body: { message } });

/**
 * `POST orders/drafts` [R1]. Body reconstructed from the older OrderForm/OrderLineForm [R4] and the
 * SDK's address objects [R1]: customer_id, currency, delivery_address, lines[{product_id, quantity}].
 * GUESS: `line_price`, `name`, `vat_percentage`, `their_reference`, `delivery_terms_id`.
 */
export function createDraft(store: RackbeatStore, body: Record<string, unknown>): Result<StoredOrder> {
  const errors: Record<string, string[]> = {};
  const customerNumber = Number(body.customer_id);
  if (!store.customers.has(customerNumber)) errors.customer_id = ["The selected customer id is invalid."];
  const lines = Array.isArray(body.lines) ? (body.lines as Record<string, unknown>[]) : [];
  if (lines.length === 0) errors.lines = ["The lines field is required."];
  lines.forEach((l, i) => {
    const id = String(l.product_id ?? l.item_id ?? "");
    if (!store.products.has(id)) errors[`lines.${i}.product_id`] = ["The selected lines." + i + ".product_id is invalid."];
    if (!Number.isInteger(l.quantity) || (l.quantity as number) <= 0) errors[`lines.${i}.quantity`] = ["The quantity must be at least 1."];
  });
  const termsId = body.delivery_terms_id === undefined || body.delivery_terms_id === null ? null : Number(body.delivery_terms_id);
  if (termsId !== null && !store.deliveryTerms.has(termsId)) errors.delivery_terms_id = ["The selected delivery terms id is invalid."];
  if (Object.keys(errors).length > 0) return invalid(errors);

  const now = store.now();
  const delivery = (body.delivery_address ?? {}) as RackbeatAddress;
  const order: StoredOrder = {
    number: store.nextId("order"),
    customerNumber,
    currency: typeof body.currency === "string" ? body.currency : "DKK",
    their_reference: typeof body.their_reference === "string" ? body.their_reference : null,
    deliveryTermsId: termsId,
    delivery_address: delivery,
    billing_address: (body.billing_address ?? delivery) as RackbeatAddress,
    lines: lines.map((l) => {
      const product = store.products.get(String(l.product_id ?? l.item_id))!;
      return {
        id: store.nextId("line"),
        itemNumber: product.number,
        name: typeof l.name === "string" ? l.name : product.name,
        quantity: l.quantity as number,
        line_price: typeof l.line_price === "number" ? l.line_price : product.sales_price,
        vat_percentage: typeof l.vat_percentage === "number" ? l.vat_percentage : null,
        inShipments: 0,
      };
    }),
    is_booked: false,
    is_cancelled: false,
    notes: [],
    created_at: now,
    updated_at: now,
  };
  store.orders.set(order.number, order);
  store.webhooks.emit("order.created", { key: order.number, keyName: "number", data: renderOrder(store, order) });
  return { ok: true, value: order };
}

/** SDK: OrderAlreadyBooked [R1]. */
export function book(store: RackbeatStore, order: StoredOrder): Result<StoredOrder> {
  if (order.is_booked) return refused(`The order ${order.number} is already booked.`);
  order.is_booked = true;
  store.touch(order);
  announceOrder(store, order, ["is_booked"]);
  return { ok: true, value: order };
}

/**
 * `POST orders/{number}/create-shipment`: the SDK refuses when not booked or already shipped [R1].
 * GUESS: a `lines: [{ line_id, quantity }]` body picks part of the order; without it, all that is left.
 */
export function createShipment(store: RackbeatStore, order: StoredOrder, body: Record<string, unknown>): Result<StoredShipment> {
  if (!order.is_booked) return refused(`The order ${order.number} is not booked.`);
  if (order.is_cancelled) return refused(`The order ${order.number} is cancelled.`);
  const left = new Map(order.lines.map((l) => [l.id, l.quantity - l.inShipments]));
  const wanted = Array.isArray(body.lines)
    ? (body.lines as { line_id?: unknown; quantity?: unknown }[]).map((l) => ({ lineId: Number(l.line_id), quantity: Number(l.quantity) }))
    : order.lines.map((l) => ({ lineId: l.id, quantity: left.get(l.id) ?? 0 })).filter((l) => l.quantity > 0);
  if (wanted.length === 0) return refused(`The order ${order.number} is already shipped.`);
  for (const w of wanted) {
    if (!left.has(w.lineId)) return { ok: false, status: 422, body: { message: "The given data was invalid.", errors: { "lines.line_id": [`Line ${w.lineId} is not on this order.`] } } };
    if (!Number.isInteger(w.quantity) || w.quantity <= 0 || w.quantity > left.get(w.lineId)!) return refused(`Line ${w.lineId} has only ${left.get(w.lineId)} left to ship.`);
  }
  const now = store.now();
  const shipment: StoredShipment = {
    id: store.nextId("shipment"),
    orderNumber: order.number,
    lines: wanted.map((w) => ({ lineId: w.lineId, itemNumber: order.lines.find((l) => l.id === w.lineId)!.itemNumber, quantity: w.quantity })),
    is_picked: false,
    is_shipped: false,
    created_at: now,
    updated_at: now,
  };
  for (const w of wanted) order.lines.find((l) => l.id === w.lineId)!.inShipments += w.quantity;
  store.shipments.set(shipment.id, shipment);
  store.touch(order);
  store.webhooks.emit("order_shipment.created", { key: shipment.id, keyName: "id", data: renderShipment(shipment) });
  return { ok: true, value: shipment };
}

/** `POST orders/shipments/{id}/mark-shipped` `{ pick: true }` [R2]; repeating it changes nothing (GUESS). */
export function markShipped(store: RackbeatStore, shipment: StoredShipment): StoredShipment {
  if (!shipment.is_shipped) {
    shipment.is_shipped = true;
    shipment.is_picked = true;
    shipment.updated_at = store.now();
    store.webhooks.emit("order_shipment.updated", { key: shipment.id, keyName: "id", data: renderShipment(shipment), changed: ["is_shipped", "is_picked"] });
    const order = store.orders.get(shipment.orderNumber);
    if (order) {
      store.touch(order);
      announceOrder(store, order, ["is_shipped", "is_partly_shipped"]);
    }
  }
  return shipment;
}
