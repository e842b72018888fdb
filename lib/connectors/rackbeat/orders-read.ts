import { z } from "zod";
import { parseResponse } from "@/lib/http";
import { rbAll, rbCall, rbPage, type RackbeatContext } from "./api";
import { rbErrorSchema, rbNoteSchema, rbOrderSchema, rbShipmentSchema, wrapped, type RbOrder, type RbShipment } from "./schemas";

/** `GET orders/{number}`; undefined on 404. */
export async function getOrder(ctx: RackbeatContext, number: string): Promise<RbOrder | undefined> {
  const res = await rbCall(ctx, { method: "GET", path: `/orders/${encodeURIComponent(number)}`, schema: z.union([wrapped("order", rbOrderSchema), rbErrorSchema]), acceptStatus: [404], operation: "get order" });
  if (res.status === 404) return undefined;
  return parseResponse(wrapped("order", rbOrderSchema), res.data, { partner: "rackbeat", operation: "get order" }).order;
}

/** Our order number travels in `their_reference` (plain field filter [R1]; the field name is GUESS). */
export async function findByReference(ctx: RackbeatContext, reference: string): Promise<RbOrder | undefined> {
  const { items } = await rbPage(ctx, { path: "/orders", key: "orders", item: rbOrderSchema, query: { their_reference: reference }, page: 1, limit: 5, operation: "find order" });
  return items.find((o) => o.their_reference === reference);
}

export function shipmentsOf(ctx: RackbeatContext, orderNumber: number): Promise<RbShipment[]> {
  return rbAll(ctx, { path: "/order-shipments", key: "order_shipments", item: rbShipmentSchema, query: { order_number: orderNumber }, operation: "order shipments" });
}

export async function notesOf(ctx: RackbeatContext, orderNumber: number): Promise<string[]> {
  return (await rbAll(ctx, { path: `/orders/${orderNumber}/notes`, key: "notes", item: rbNoteSchema, operation: "order notes" })).map((n) => n.note);
}

/** Adds a note unless one containing `marker` is there: notes are how Rackbeat remembers what we did. */
export async function addNoteOnce(ctx: RackbeatContext, orderNumber: number, marker: string, note: string): Promise<boolean> {
  if ((await notesOf(ctx, orderNumber)).some((n) => n.includes(marker))) return false;
  await rbCall(ctx, { method: "POST", path: `/orders/${orderNumber}/notes`, body: { note }, schema: z.unknown(), operation: "add note" });
  return true;
}
