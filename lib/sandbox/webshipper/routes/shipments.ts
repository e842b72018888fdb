import { errorResponse, filterOf, jsonApi, paginate, readDocument } from "../http";
import { renderOrder, renderShipment } from "../render";
import { createShipment, packageSpecsOf } from "../shipping";
import type { StoredShipment } from "../store";
import { notFound, type Route, type RouteContext } from "./context";

/** `GET /shipments` filtered by order (`filter[order_id]`, or `filter[order]` as [W2] ShipmentApi.md names it). */
function list(ctx: RouteContext): Response {
  const byOrder = filterOf(ctx.url, "order_id") ?? filterOf(ctx.url, "order");
  const byUpdated = filterOf(ctx.url, "updated_at");
  const rows = [...ctx.store.shipments.values()]
    .filter((s: StoredShipment) => (!byOrder || byOrder(s.orderId)) && (!byUpdated || byUpdated(s.updated_at.toISOString())))
    .sort((a, b) => a.id - b.id);
  const page = paginate(ctx.url, rows);
  return jsonApi(200, { data: page.items.map((s) => renderShipment(ctx.store, s)), links: page.links, meta: page.meta });
}

export const shipmentRoutes: Route[] = [
  { method: "GET", pattern: /^\/shipments$/, handle: list },
  {
    method: "GET",
    pattern: /^\/shipments\/(\d+)$/,
    handle: (ctx) => {
      const shipment = ctx.store.shipments.get(Number(ctx.params[0]));
      return shipment ? jsonApi(200, { data: renderShipment(ctx.store, shipment) }) : notFound();
    },
  },
  {
    // Booking a shipment for an existing order. [W2] Shipments.md, [W4]
    method: "POST",
    pattern: /^\/shipments$/,
    handle: async (ctx) => {
      const doc = await readDocument(ctx.request);
      if (!doc.ok) return doc.response;
      const rel = (doc.data.relationships ?? {}) as { order?: { data?: { id?: unknown } } };
      const attrs = (doc.data.attributes ?? {}) as { packages?: unknown; reference?: string };
      const order = ctx.store.orders.get(Number(rel.order?.data?.id));
      if (!order) return errorResponse(422, "Unprocessable Entity", "order must exist", "/data/relationships/order");
      const result = createShipment(ctx.store, order, packageSpecsOf(attrs.packages), attrs.reference);
      if (!result.ok) return errorResponse(result.status, result.title, result.detail, result.pointer);
      const rendered = renderShipment(ctx.store, result.value);
      ctx.outbox.emit("shipment/created", rendered);
      ctx.outbox.emit("order/updated", renderOrder(order, ctx.apiRoot));
      return jsonApi(201, { data: rendered });
    },
  },
];
