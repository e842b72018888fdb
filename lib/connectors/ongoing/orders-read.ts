import { z } from "zod";
import { parseResponse } from "@/lib/http";
import { ongoingCall, type OngoingContext } from "./api";
import { aspNetErrorSchema, ongoingOrderSchema, ongoingOrdersSchema, type OngoingOrder } from "./schemas";

/** `GET /orders?orderNumber=…`: the order with this number, if Ongoing has it. [S4] */
export async function findOrderByNumber(ctx: OngoingContext, orderNumber: string): Promise<OngoingOrder | undefined> {
  const res = await ongoingCall(ctx, { method: "GET", path: "/orders", query: { orderNumber }, schema: ongoingOrdersSchema, operation: "find order" });
  return res.data.find((o) => o.orderInfo.orderNumber === orderNumber);
}

/** `GET /orders/{orderId}`; undefined on 404. */
export async function getOrderById(ctx: OngoingContext, orderId: number): Promise<OngoingOrder | undefined> {
  const res = await ongoingCall(ctx, {
    method: "GET",
    path: `/orders/${orderId}`,
    ownerQuery: false,
    schema: z.union([ongoingOrderSchema, aspNetErrorSchema]),
    acceptStatus: [404],
    operation: "get order",
  });
  if (res.status === 404) return undefined;
  return parseResponse(ongoingOrderSchema, res.data, { partner: "ongoing", operation: "get order", status: res.status });
}

/** By Ongoing's id when we know it, else by order number. */
export async function findOrder(ctx: OngoingContext, ref: { orderNumber: string; warehouseRef?: string }): Promise<OngoingOrder | undefined> {
  const id = ref.warehouseRef ? Number(ref.warehouseRef) : NaN;
  if (Number.isInteger(id)) {
    const byId = await getOrderById(ctx, id);
    if (byId) return byId;
  }
  return findOrderByNumber(ctx, ref.orderNumber);
}
