import type { HttpResponse } from "@/lib/http/types";
import type { z } from "zod";
import { call, parseOk } from "./client";
import type { WemaloContext } from "./context";
import * as s from "./schemas";

/** The wemalo-connect endpoints the connector uses, paths as in the apidoc [M1]. */
const enc = encodeURIComponent;

export async function getShop(ctx: WemaloContext): Promise<string> {
  return (await call(ctx, { method: "GET", path: "/product/shop", schema: s.shopResponse, operation: "read shop" })).data.shop;
}

export async function getProfiles(ctx: WemaloContext): Promise<s.ProfilesResponse> {
  return (await call(ctx, { method: "GET", path: "/goodsOrder/profiles", schema: s.profilesResponse, operation: "dispatcher profiles" })).data;
}

/** Status of one order by our externalId; null when wemalo does not know it (404, or 400 on some routes). */
export async function getStatus(ctx: WemaloContext, externalId: string): Promise<s.OrderStatusResponse | null> {
  const res = await call(ctx, { method: "GET", path: `/goodsOrder/getStatus/${enc(externalId)}`, acceptStatus: [400, 404], operation: "order status" });
  return res.status >= 400 ? null : parseOk(s.orderStatusResponse, res, "order status");
}

/** The conditional add is an upsert, so the HTTP layer may repeat it after a timeout. */
export function addConditional(ctx: WemaloContext, body: unknown): Promise<HttpResponse<unknown>> {
  return call(ctx, { method: "POST", path: "/goodsOrder/addConditional", body, idempotent: true, acceptStatus: [400, 404], operation: "submit order" });
}

export function cancel(ctx: WemaloContext, externalId: string, body: unknown): Promise<HttpResponse<unknown>> {
  return call(ctx, { method: "PUT", path: `/goodsOrder/cancel/${enc(externalId)}`, body, acceptStatus: [400, 404], operation: "cancel order" });
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

export function announceReturn(ctx: WemaloContext, body: unknown): Promise<HttpResponse<unknown>> {
  return call(ctx, { method: "POST", path: "/returns/announceConditional", body, idempotent: true, acceptStatus: [400, 404], operation: "announce return" });
}

export function addMultiple(ctx: WemaloContext, products: unknown[]): Promise<HttpResponse<unknown>> {
  return call(ctx, { method: "POST", path: "/product/addMultiple", body: { products }, idempotent: true, acceptStatus: [400, 404], operation: "upsert products" });
}

export async function availableStock(ctx: WemaloContext, fromDate: string) {
  return (await call(ctx, { method: "GET", path: "/product/availableStock/", query: { fromDate }, schema: s.availableStockResponse, operation: "available stock" })).data.articles;
}

export async function registerWebhook(ctx: WemaloContext, event: string, body: unknown): Promise<z.infer<typeof s.webhookRegisterResponse>> {
  return (await call(ctx, { method: "POST", path: `/webhook/${enc(event)}`, body, idempotent: true, schema: s.webhookRegisterResponse, operation: `register ${event}` })).data;
}
