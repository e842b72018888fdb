import { z } from "zod";
import { orderStatus, type OrderStatus } from "@/db/schema";

/** What the orders list can be narrowed to; every field comes from the page's URL. */
export interface OrdersFilter {
  status?: OrderStatus;
  linkId?: string;
  /** Received on or after this day (UTC), YYYY-MM-DD. */
  from?: string;
  /** Received on or before this day (UTC), YYYY-MM-DD. */
  to?: string;
  /** Start of an order number, a customer's name or their last name. */
  q?: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** A real calendar day: Date.parse reads 2026-02-30 as 2 March, so the day must survive the round trip. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const t = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
  });

function first(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one?.trim() || undefined;
}

/** Reads the filter from the URL; a value that makes no sense is dropped, never an error. */
export function parseOrdersFilter(params: SearchParams): OrdersFilter {
  const filter: OrdersFilter = {};
  const status = first(params, "status");
  if (status && (orderStatus.enumValues as readonly string[]).includes(status)) filter.status = status as OrderStatus;
  const linkId = first(params, "link");
  if (linkId && z.uuid().safeParse(linkId).success) filter.linkId = linkId;
  const from = first(params, "from");
  if (from && day.safeParse(from).success) filter.from = from;
  const to = first(params, "to");
  if (to && day.safeParse(to).success) filter.to = to;
  const q = first(params, "q");
  if (q) filter.q = q.slice(0, 100);
  return filter;
}

/** The filter as URL parameters (the names parseOrdersFilter reads), plus any extra ones. */
export function ordersFilterParams(filter: OrdersFilter, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.status) params.set("status", filter.status);
  if (filter.linkId) params.set("link", filter.linkId);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}

export function hasFilter(filter: OrdersFilter): boolean {
  return Boolean(filter.status || filter.linkId || filter.from || filter.to || filter.q);
}
