import { boolParam, json, notFound, paged, readJson } from "../http";
import { announceOrder, book, createDraft, createShipment } from "../order-writes";
import { renderOrder, renderShipment, shippedState } from "../render";
import type { StoredOrder } from "../store";
import type { Route, RouteContext } from "./context";

const N = "(\\d+)";
const orderOf = (ctx: RouteContext) => ctx.store.orders.get(Number(ctx.params[0]));

/** `GET orders?page&limit&is_booked&is_shipped…`; other filters are plain `field=value` [R1]; newest first by default [R1] (order_direction). */
function list(ctx: RouteContext): Response {
  const { url, store } = ctx;
  const flags: Array<[string, (o: StoredOrder) => boolean]> = [
    ["is_booked", (o) => o.is_booked],
    ["is_cancelled", (o) => o.is_cancelled],
    ["is_shipped", (o) => shippedState(store, o).is_shipped],
    ["is_partly_shipped", (o) => shippedState(store, o).is_partly_shipped],
  ];
  const ref = url.searchParams.get("their_reference");
  const asc = (url.searchParams.get("order_direction") ?? "desc").toLowerCase() === "asc";
  // `order_by` + `order_direction` [R1] BaseResource.php; number or updated_at here.
  const key = (o: StoredOrder) => (url.searchParams.get("order_by") === "updated_at" ? o.updated_at.getTime() * 1e6 + o.number : o.number);
  const rows = [...store.orders.values()]
    .filter((o) => flags.every(([name, get]) => boolParam(url, name) === undefined || get(o) === boolParam(url, name)))
    .filter((o) => ref === null || o.their_reference === ref)
    .sort((a, b) => (asc ? key(a) - key(b) : key(b) - key(a)));
  return paged(url, "orders", rows, (o) => renderOrder(store, o));
}

export const orderRoutes: Route[] = [
  { method: "GET", pattern: /^\/orders$/, handle: list },
  {
    method: "POST",
    pattern: /^\/orders\/drafts$/,
    handle: async (ctx) => {
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const result = createDraft(ctx.store, body.value);
      return result.ok ? json(201, { order: renderOrder(ctx.store, result.value) }) : json(result.status, result.body);
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/orders/${N}$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      return order ? json(200, { order: renderOrder(ctx.store, order) }) : notFound();
    },
  },
  {
    // GUESS: deleting a booked, unshipped order cancels it (is_cancelled) [R4].
    method: "DELETE",
    pattern: new RegExp(`^/orders/${N}$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const state = shippedState(ctx.store, order);
      if (state.is_shipped || state.is_partly_shipped) return json(422, { message: `The order ${order.number} has shipments and cannot be deleted.` });
      order.is_cancelled = true;
      ctx.store.touch(order);
      announceOrder(ctx.store, order, ["is_cancelled"]);
      return json(200, { order: renderOrder(ctx.store, order) });
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`^/orders/${N}/book$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const result = book(ctx.store, order);
      return result.ok ? json(200, { order: renderOrder(ctx.store, order) }) : json(result.status, result.body);
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`^/orders/${N}/create-shipment$`),
    handle: async (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const result = createShipment(ctx.store, order, body.value);
      return result.ok ? json(201, { order_shipment: renderShipment(result.value) }) : json(result.status, result.body);
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/orders/${N}/notes$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      return paged(ctx.url, "notes", order.notes, (n) => ({ id: n.id, note: n.note, created_at: n.created_at.toISOString() }));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`^/orders/${N}/notes$`),
    handle: async (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      if (typeof body.value.note !== "string" || body.value.note === "") return json(422, { message: "The given data was invalid.", errors: { note: ["The note field is required."] } });
      const note = { id: ctx.store.nextId("note"), note: body.value.note, created_at: ctx.store.now() };
      order.notes.push(note);
      return json(201, { note: { ...note, created_at: note.created_at.toISOString() } });
    },
  },
];
