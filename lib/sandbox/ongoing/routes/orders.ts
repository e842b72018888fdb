import { ERROR_BODY, ORDER_STATUSES, STATUS } from "../facts";
import { json, readJson } from "../http";
import { cancelOrder, hasWorkStarted, setStatus, upsertOrder } from "../order-writes";
import { queryOrders } from "../order-query";
import { renderOrder } from "../render";
import { patchOrderStatusSchema, patchWaybillSchema, postOrderSchema, putOrderTrackingSchema, type PostOrder } from "../schemas";
import type { StoredOrder } from "../store";
import { checkOwner, notFound, requireGoodsOwner, type Route, type RouteContext } from "./context";

const ID = "(\\d+)";

function orderFor(ctx: RouteContext): StoredOrder | undefined {
  const order = ctx.store.orders.get(Number(ctx.params[0]));
  return order && order.goodsOwnerId === ctx.user.goodsOwnerId ? order : undefined;
}

async function put(ctx: RouteContext, mustBe?: StoredOrder): Promise<Response> {
  const body = await readJson(ctx.request, postOrderSchema);
  if (!body.ok) return body.response;
  const owner = checkOwner(ctx, body.value.goodsOwnerId);
  if (!owner.ok) return owner.response;
  let input: PostOrder = body.value;
  if (mustBe) input = { ...input, orderNumber: mustBe.orderNumber };
  const result = upsertOrder(ctx.store, input);
  if (!result.ok) return json(result.status, result.body);
  const { order, created } = result.value;
  // Same message for both outcomes in the official example. [S1]
  return json(created ? 201 : 200, { orderId: order.orderId, message: `Order number ${order.orderNumber} created/updated` });
}

function cancel(ctx: RouteContext, order: StoredOrder | undefined): Response {
  if (!order) return notFound(ctx);
  const result = cancelOrder(ctx.store, order);
  if (!result.ok) return json(result.status, result.body);
  return json(200, { orderId: order.orderId, message: `Order ${order.orderNumber} cancelled` });
}

export const orderRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/orders\/statuses$/,
    handle: (ctx) => {
      const owner = requireGoodsOwner(ctx, false);
      if (!owner.ok) return owner.response;
      return json(200, { orderStatuses: ORDER_STATUSES });
    },
  },
  {
    method: "GET",
    pattern: /^\/orders$/,
    handle: (ctx) => {
      const owner = requireGoodsOwner(ctx);
      if (!owner.ok) return owner.response;
      const rows = queryOrders(ctx.store, owner.id, ctx.url);
      if (!rows.ok) return json(rows.status, rows.body);
      // A bare JSON array of order models. [S4]
      return json(200, rows.value.map((o) => renderOrder(ctx.store, o)));
    },
  },
  { method: "PUT", pattern: /^\/orders$/, handle: (ctx) => put(ctx) },
  {
    method: "DELETE",
    pattern: /^\/orders$/,
    handle: (ctx) => {
      const owner = requireGoodsOwner(ctx);
      if (!owner.ok) return owner.response;
      const number = ctx.url.searchParams.get("orderNumber");
      if (!number) return json(400, ERROR_BODY.invalid({ orderNumber: ["The orderNumber field is required."] }));
      return cancel(ctx, ctx.store.orderByNumber(owner.id, number));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`^/orders/${ID}$`),
    handle: (ctx) => {
      const order = orderFor(ctx);
      return order ? json(200, renderOrder(ctx.store, order)) : notFound(ctx);
    },
  },
  {
    method: "PUT",
    pattern: new RegExp(`^/orders/${ID}$`),
    handle: (ctx) => {
      const order = orderFor(ctx);
      return order ? put(ctx, order) : notFound(ctx);
    },
  },
  { method: "DELETE", pattern: new RegExp(`^/orders/${ID}$`), handle: (ctx) => cancel(ctx, orderFor(ctx)) },
  {
    method: "PATCH",
    pattern: new RegExp(`^/orders/${ID}/orderStatus$`),
    handle: async (ctx) => {
      const order = orderFor(ctx);
      if (!order) return notFound(ctx);
      const body = await readJson(ctx.request, patchOrderStatusSchema);
      if (!body.ok) return body.response;
      const wanted = body.value.orderStatusNumber;
      if (!ORDER_STATUSES.some((s) => s.number === wanted)) {
        return json(400, ERROR_BODY.rejected(`Order status ${wanted} does not exist.`));
      }
      // "May fail once goods are allocated" [S4]; wording GUESS.
      if (hasWorkStarted(order) || order.statusNumber === STATUS.cancelled) {
        return json(400, ERROR_BODY.rejected(`The status of order ${order.orderNumber} can not be changed.`));
      }
      setStatus(ctx.store, order, wanted);
      return json(200, { orderId: order.orderId, message: "Order status updated" });
    },
  },
  {
    method: "PUT",
    pattern: new RegExp(`^/orders/${ID}/orderTracking$`),
    handle: async (ctx) => {
      const order = orderFor(ctx);
      if (!order) return notFound(ctx);
      const body = await readJson(ctx.request, putOrderTrackingSchema);
      if (!body.ok) return body.response;
      const isReturn = body.value.isReturnTracking ?? false;
      const existing = order.tracking.find((t) => t.waybill === body.value.waybill && t.isReturn === isReturn);
      if (existing) existing.trackingUrl = body.value.trackingUrl ?? existing.trackingUrl;
      else order.tracking.push({ waybill: body.value.waybill, trackingUrl: body.value.trackingUrl ?? null, created: ctx.store.now(), isReturn });
      if (isReturn) order.returnWayBill = body.value.waybill;
      else order.wayBill = body.value.waybill;
      order.updatedAt = ctx.store.now();
      return json(200, { success: true, message: "" });
    },
  },
  {
    method: "PATCH",
    pattern: new RegExp(`^/orders/${ID}/waybill$`),
    handle: async (ctx) => {
      const order = orderFor(ctx);
      if (!order) return notFound(ctx);
      const body = await readJson(ctx.request, patchWaybillSchema);
      if (!body.ok) return body.response;
      order.wayBill = body.value.waybill;
      order.updatedAt = ctx.store.now();
      return json(200, { orderId: order.orderId, message: "" });
    },
  },
];
