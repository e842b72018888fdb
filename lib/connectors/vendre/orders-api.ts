import { z } from "zod";
import { parseResponse } from "@/lib/http";
import type { VendreContext } from "./api";
import { listOf, oneOrderSchema, vendreOrderSchema, vendrePackageSchema, vendreStatusSchema, type VendreOrder } from "./schemas";

const PAGE_SIZE = 250;

/** Every order in the given statuses, page by page (`page_size` + `offset` while `remaining > 0` [V2]). */
export async function listOrdersInStatus(ctx: VendreContext, statuses: number[]): Promise<VendreOrder[]> {
  const orders: VendreOrder[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const res = await ctx.http.get("orders", {
      query: { status: statuses.join(","), page_size: PAGE_SIZE, offset },
      schema: listOf(vendreOrderSchema),
      operation: "list orders",
      signal: ctx.signal,
    });
    orders.push(...res.data.list);
    if (res.data.remaining <= 0 || res.data.list.length === 0) return orders;
  }
}

export async function getOrder(ctx: VendreContext, id: string): Promise<VendreOrder> {
  const res = await ctx.http.get(`orders/${encodeURIComponent(id)}`, { schema: oneOrderSchema, operation: "get order", signal: ctx.signal });
  return res.data;
}

/** `PUT /orders/{id}`; `notify_customer` decides whether Vendre e-mails the customer (seed 000). Body shape GUESSED. */
export async function updateOrderStatus(ctx: VendreContext, id: string, input: { status: number; notifyCustomer: boolean; comment?: string }, operation: string): Promise<void> {
  await ctx.http.put(
    `orders/${encodeURIComponent(id)}`,
    { status: input.status, notify_customer: input.notifyCustomer, ...(input.comment ? { comment: input.comment } : {}) },
    { schema: z.unknown(), operation, signal: ctx.signal },
  );
}

export interface NewPackage {
  package_number: string;
  carrier?: string;
  tracking_link?: string;
  products?: { model: string; quantity: number }[];
}

/** `POST /orders/{id}/packages` (GUESSED path). A 409 means this package number is already there: a retry that got through. */
export async function addPackage(ctx: VendreContext, id: string, pkg: NewPackage): Promise<void> {
  await ctx.http.post(`orders/${encodeURIComponent(id)}/packages`, pkg, {
    schema: z.union([vendrePackageSchema, z.unknown()]),
    acceptStatus: [409],
    operation: "add package",
    signal: ctx.signal,
  });
}

export async function listStatuses(ctx: VendreContext): Promise<z.infer<typeof vendreStatusSchema>[]> {
  // GUESSED resource: a store without it answers 404, and the mapping screens then take numbers.
  const res = await ctx.http.get("orderstatuses", { acceptStatus: [404], operation: "list statuses", signal: ctx.signal });
  if (res.status === 404) return [];
  return parseResponse(listOf(vendreStatusSchema), res.data, { partner: "vendre", operation: "list statuses", status: res.status }).list;
}
