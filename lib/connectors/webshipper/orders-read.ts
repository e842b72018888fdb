import { z } from "zod";
import { parseResponse } from "@/lib/http";
import { wsAll, wsCall, wsPage, type WebshipperContext } from "./api";
import { oneOf, wsErrorsSchema, wsOrderSchema, wsShipmentSchema, type WsOrder, type WsShipment } from "./schemas";

/** `GET /orders?filter[ext_ref]=…` within our order channel: ext_ref is unique there [W2]. */
export async function findOrderByExtRef(ctx: WebshipperContext, extRef: string): Promise<WsOrder | undefined> {
  const { items } = await wsPage(ctx, {
    path: "/orders",
    item: wsOrderSchema,
    query: { "filter[ext_ref]": extRef, "filter[order_channel_id]": ctx.credentials.orderChannelId },
    page: 1,
    operation: "find order",
  });
  return items.find((o) => o.attributes.ext_ref === extRef);
}

/** `GET /orders/{id}`; undefined on 404. */
export async function getOrder(ctx: WebshipperContext, id: string): Promise<WsOrder | undefined> {
  const res = await wsCall(ctx, { method: "GET", path: `/orders/${encodeURIComponent(id)}`, schema: z.union([oneOf(wsOrderSchema), wsErrorsSchema]), acceptStatus: [404], operation: "get order" });
  if (res.status === 404) return undefined;
  return parseResponse(oneOf(wsOrderSchema), res.data, { partner: "webshipper", operation: "get order", status: res.status }).data;
}

/** By Webshipper's id when we know it, else by ext_ref (our order number). */
export async function findOrder(ctx: WebshipperContext, ref: { orderNumber: string; warehouseRef?: string }): Promise<WsOrder | undefined> {
  if (ref.warehouseRef && /^\d+$/.test(ref.warehouseRef)) {
    const byId = await getOrder(ctx, ref.warehouseRef);
    if (byId) return byId;
  }
  return findOrderByExtRef(ctx, ref.orderNumber);
}

export function shipmentsOf(ctx: WebshipperContext, orderId: string): Promise<WsShipment[]> {
  return wsAll(ctx, { path: "/shipments", item: wsShipmentSchema, query: { "filter[order_id]": orderId }, operation: "order shipments" });
}
