import type { HttpRequest } from "@/lib/http/types";
import { z } from "zod";
import { call } from "./client";
import type { WemaloContext } from "./context";
import { readErrorBody } from "./errors";
import * as s from "./schemas";

/** The wemalo-connect endpoints the connector uses, paths as in the apidoc [M1]. */
const enc = encodeURIComponent;

export type Outcome<T> = { ok: true; data: T } | { ok: false; status: number; error: s.ErrorBody; text: string };

const failure = z.looseObject({ Success: z.literal(false) });

/**
 * A call whose refusals (400/404 with wemalo's error body) the caller handles. The schema covers
 * both answers, so a garbled body is still caught (and retried when the call may be repeated).
 */
async function guarded<T>(ctx: WemaloContext, req: Omit<HttpRequest<T>, "schema" | "acceptStatus">, schema: z.ZodType<T>): Promise<Outcome<T>> {
  const res = await call<unknown>(ctx, { ...req, schema: z.union([schema, failure]), acceptStatus: [400, 404] });
  const data = res.data;
  if (res.status < 400 && !failure.safeParse(data).success) return { ok: true, data: data as T };
  return { ok: false, status: res.status, error: readErrorBody(data), text: res.text };
}

export async function getShop(ctx: WemaloContext): Promise<string> {
  return (await call(ctx, { method: "GET", path: "/product/shop", schema: s.shopResponse, operation: "read shop" })).data.shop;
}

export async function getProfiles(ctx: WemaloContext): Promise<s.ProfilesResponse> {
  return (await call(ctx, { method: "GET", path: "/goodsOrder/profiles", schema: s.profilesResponse, operation: "dispatcher profiles" })).data;
}

/** Status of one order by our externalId; null when wemalo does not know it (404, or 400 on some routes). */
export async function getStatus(ctx: WemaloContext, externalId: string): Promise<s.OrderStatusResponse | null> {
  const res = await guarded(ctx, { method: "GET", path: `/goodsOrder/getStatus/${enc(externalId)}`, operation: "order status" }, s.orderStatusResponse);
  return res.ok ? res.data : null;
}

/** The conditional add is an upsert, so the HTTP layer may repeat it after a timeout or a garbled answer. */
export function addConditional(ctx: WemaloContext, body: unknown) {
  return guarded(ctx, { method: "POST", path: "/goodsOrder/addConditional", body, idempotent: true, operation: "submit order" }, s.addConditionalResponse);
}

export function cancel(ctx: WemaloContext, externalId: string, body: unknown) {
  return guarded(ctx, { method: "PUT", path: `/goodsOrder/cancel/${enc(externalId)}`, body, operation: "cancel order" }, s.okResponse);
}

export interface Window {
  dateFrom: string;
  dateTo: string;
  page: number;
}

export async function sentPackages(ctx: WemaloContext, window: Window) {
  const res = await call(ctx, { method: "GET", path: "/goodsOrder/sentPackages/", query: { ...window }, schema: s.sentPackagesResponse, operation: "sent packages" });
  return res.data;
}

export async function recipientOf(ctx: WemaloContext, externalId: string) {
  const res = await call(ctx, { method: "GET", path: "/goodsOrder/sentPackages/", query: { externalId, addRecipient: true, page: 0 }, schema: s.sentPackagesResponse, operation: "shipped recipient" });
  return res.data.bookings.find((b) => b.recipient)?.recipient;
}

export async function packages(ctx: WemaloContext, orderId: number) {
  return (await call(ctx, { method: "GET", path: "/goodsOrder/packages", query: { orderId }, schema: s.packagesResponse, operation: "order packages" })).data.packages;
}

export async function trackingNumber(ctx: WemaloContext, parcelId: number) {
  return (await call(ctx, { method: "GET", path: `/goodsOrder/package/${parcelId}/trackingNumber`, schema: s.trackingResponse, operation: "parcel tracking" })).data;
}

export async function returnBookings(ctx: WemaloContext, window: Window) {
  return (await call(ctx, { method: "GET", path: "/returns/getBookings", query: { ...window }, schema: s.returnBookingsResponse, operation: "booked returns" })).data;
}

export function announceReturn(ctx: WemaloContext, body: unknown) {
  return guarded(ctx, { method: "POST", path: "/returns/announceConditional", body, idempotent: true, operation: "announce return" }, s.idResponse);
}

export function addMultiple(ctx: WemaloContext, products: unknown[]) {
  return guarded(ctx, { method: "POST", path: "/product/addMultiple", body: { products }, idempotent: true, operation: "upsert products" }, s.okResponse);
}

export async function availableStock(ctx: WemaloContext, fromDate: string) {
  return (await call(ctx, { method: "GET", path: "/product/availableStock/", query: { fromDate }, schema: s.availableStockResponse, operation: "available stock" })).data.articles;
}

export async function registerWebhook(ctx: WemaloContext, event: string, body: unknown): Promise<z.infer<typeof s.webhookRegisterResponse>> {
  return (await call(ctx, { method: "POST", path: `/webhook/${enc(event)}`, body, idempotent: true, schema: s.webhookRegisterResponse, operation: `register ${event}` })).data;
}
