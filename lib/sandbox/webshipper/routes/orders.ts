import { errorResponse, filterOf, jsonApi, paginate, readDocument } from "../http";
import { createOrder, orderInputOf, updateOrder } from "../order-writes";
import { renderOrder, renderShippingRate } from "../render";
import type { StoredOrder } from "../store";
import { notFound, type Route, type RouteContext } from "./context";

const ID = "(\\d+)";
const orderOf = (ctx: RouteContext) => ctx.store.orders.get(Number(ctx.params[0]));

/** `GET /orders` with the filters of [W2] OrderApi.md, ascending id (GUESS), 30 per page [W1]. */
function list(ctx: RouteContext): Response {
  const filters: Array<[string, (o: StoredOrder) => string | number | null]> = [
    ["id", (o) => o.id],
    ["ext_ref", (o) => o.ext_ref],
    ["visible_ref", (o) => o.visible_ref],
    ["status", (o) => o.status],
    ["order_channel_id", (o) => o.orderChannelId],
    ["updated_at", (o) => o.updated_at.toISOString()],
    ["created_at", (o) => o.created_at.toISOString()],
  ];
  const active = filters.flatMap(([attr, get]) => {
    const test = filterOf(ctx.url, attr);
    return test ? [(o: StoredOrder) => test(get(o))] : [];
  });
  const tag = ctx.url.searchParams.get("filter[tag]");
  const rows = [...ctx.store.orders.values()]
    .filter((o) => active.every((t) => t(o)) && (tag === null || o.tags.includes(tag)))
    .sort((a, b) => a.id - b.id);
  const page = paginate(ctx.url, rows);
  return jsonApi(200, { data: page.items.map((o) => renderOrder(o, ctx.apiRoot)), links: page.links, meta: page.meta });
}

export const orderRoutes: Route[] = [
  { method: "GET", pattern: /^\/orders$/, handle: list },
  {
    method: "POST",
    pattern: /^\/orders$/,
    handle: async (ctx) => {
      const doc = await readDocument(ctx.request);
      if (!doc.ok) return doc.response;
      const result = createOrder(ctx.store, orderInputOf(doc.data));
      if (!result.ok) return errorResponse(result.status, result.title, result.detail, result.pointer);
      const rendered = renderOrder(result.value, ctx.apiRoot);
      ctx.outbox.emit("order/created", rendered);
      return jsonApi(201, { data: rendered });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/orders/${ID}$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      return order ? jsonApi(200, { data: renderOrder(order, ctx.apiRoot) }) : notFound();
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/orders/${ID}/shipping_rate$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const rate = order.shippingRateId === null ? undefined : ctx.store.shippingRates.get(order.shippingRateId);
      return jsonApi(200, { data: rate ? renderShippingRate(rate) : null });
    },
  },
  {
    method: "PATCH",
    pattern: new RegExp(`^/orders/${ID}$`),
    handle: async (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      const doc = await readDocument(ctx.request);
      if (!doc.ok) return doc.response;
      const attrs = (doc.data.attributes ?? {}) as { status?: string };
      const result = updateOrder(ctx.store, order, { ...orderInputOf(doc.data), status: attrs.status });
      if (!result.ok) return errorResponse(result.status, result.title, result.detail, result.pointer);
      const rendered = renderOrder(order, ctx.apiRoot);
      ctx.outbox.emit("order/updated", rendered);
      return jsonApi(200, { data: rendered });
    },
  },
  {
    method: "DELETE",
    pattern: new RegExp(`^/orders/${ID}$`),
    handle: (ctx) => {
      const order = orderOf(ctx);
      if (!order) return notFound();
      if (ctx.store.shipmentsOf(order.id).length > 0) return errorResponse(422, "Unprocessable Entity", "An order with shipments cannot be deleted");
      ctx.store.orders.delete(order.id);
      const rendered = renderOrder(order, ctx.apiRoot);
      ctx.outbox.emit("order/deleted", rendered);
      return jsonApi(200, { data: rendered });
    },
  },
];
