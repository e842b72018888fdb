import { boolParam, json, notFound, paged, readJson } from "../http";
import { markShipped } from "../order-writes";
import { renderShipment } from "../render";
import type { Route } from "./context";

export const shipmentRoutes: Route[] = [
  {
    // `GET order-shipments?order_number=…&is_shipped=…` [R2][R1]; ascending id (GUESS).
    method: "GET",
    pattern: /^\/order-shipments$/,
    handle: (ctx) => {
      const orderNumber = ctx.url.searchParams.get("order_number");
      const shipped = boolParam(ctx.url, "is_shipped");
      const rows = [...ctx.store.shipments.values()]
        .filter((s) => (orderNumber === null || s.orderNumber === Number(orderNumber)) && (shipped === undefined || s.is_shipped === shipped))
        .sort((a, b) => a.id - b.id);
      return paged(ctx.url, "order_shipments", rows, renderShipment);
    },
  },
  {
    method: "GET",
    pattern: /^\/order-shipments\/(\d+)$/,
    handle: (ctx) => {
      const shipment = ctx.store.shipments.get(Number(ctx.params[0]));
      return shipment ? json(200, { order_shipment: renderShipment(shipment) }) : notFound();
    },
  },
  {
    method: "POST",
    pattern: /^\/orders\/shipments\/(\d+)\/mark-shipped$/,
    handle: async (ctx) => {
      const shipment = ctx.store.shipments.get(Number(ctx.params[0]));
      if (!shipment) return notFound();
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      return json(200, { order_shipment: renderShipment(markShipped(ctx.store, shipment)) });
    },
  },
];
