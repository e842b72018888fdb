import { needsMerchant } from "@/lib/http/errors";
import type { Return, ReturnLine } from "@/lib/orders";
import type { CursorInput, Page } from "../types";
import * as api from "./api";
import { PARTNER, type WemaloContext } from "./context";
import { describeError, rejected, unknownSkuIn } from "./errors";
import type { ReturnBooking } from "./schemas";
import { readWindow } from "./window-cursor";
import { fromBookingDate } from "./wemalo-time";

/**
 * `POST /returns/announceConditional` (the variant wemalo's plugin uses [M2]; fields per the
 * apidoc of `/returns/announce` [M1]). A return needs the sender's address, which the canonical
 * return does not carry: it is taken from wemalo's own record of the shipped order
 * (`sentPackages?addRecipient=true`), else only the order number is named.
 */
export async function announceReturn(ctx: WemaloContext, input: { ret: Return }): Promise<{ warehouseRef: string }> {
  const { ret } = input;
  const orderNumber = ret.order.orderNumber;
  const r = (await api.recipientOf(ctx, orderNumber)) as Record<string, string | undefined> | undefined;
  const sender = r
    ? { name1: r.name1 ?? orderNumber, name2: r.name2 ?? "", street: r.street ?? "", house_no: r.houseNumber ?? "", addressAddition: r.addressAddition ?? "", zip: r.zip ?? "", city: r.city ?? "", country: r.countryCode ?? "", mail: r.email ?? "", phone: r.phone ?? "" }
    : { name1: `Order ${orderNumber}` };
  const body: Record<string, unknown> = {
    deliveryNumber: ret.returnRef,
    externalId: ret.returnRef,
    goodsOrderExternalId: orderNumber,
    orderNumberCustomer: orderNumber,
    sender,
    items: ret.lines.map((line) => ({ externalId: line.sku, quantity: line.quantity })),
  };
  if (ret.reason) body.picking_notice = ret.reason;
  if (ctx.credentials.shop) body.shop = ctx.credentials.shop;

  const res = await api.announceReturn(ctx, body);
  if (!res.ok) {
    const { error } = res;
    const sku = unknownSkuIn(error, ret.lines.map((l) => l.sku));
    if (res.status === 404 && sku) throw needsMerchant(PARTNER, "unknown_sku", `unknown SKU ${sku}`);
    throw rejected(`wemalo refused return ${ret.returnRef}: ${describeError(error)}`, res.status, res.text);
  }
  return { warehouseRef: String(res.data.id) };
}

const seconds = (b: ReturnBooking) => Math.floor((fromBookingDate(b.bookingDate)?.getTime() ?? 0) / 1000);

/** Returns wemalo booked in since the cursor (`GET /returns/getBookings` by time window [M1]). */
export async function listReturns(ctx: WemaloContext, input: CursorInput): Promise<Page<Return>> {
  const read = await readWindow({
    cursor: input.cursor,
    now: ctx.now(),
    limit: input.limit ?? 500,
    fetchPage: async (window) => {
      const page = await api.returnBookings(ctx, window);
      return { rows: page.bookings, additionalPage: page.additionalPage };
    },
    idOf: (b) => String(b.id),
    secondsOf: seconds,
  });
  const groups = new Map<string, ReturnBooking[]>();
  for (const b of read.rows) {
    const key = `${b.goodsOrderExternalId ?? ""}|${b.bookingDate}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const items = [...groups.values()].map((rows): Return => {
    const first = rows[0]!;
    const lines: ReturnLine[] = rows.map((b) => {
      const line: ReturnLine = { sku: b.sku || b.externalProductId || "?", quantity: b.count ?? 1 };
      if (b.reasonCode) line.reason = b.reasonCode;
      // attributeCode is wemalo's grading; "1" is the default attribute, first choice [M1].
      if (b.attributeCode) line.condition = b.attributeCode === "1" ? "1. Choice" : `attribute ${b.attributeCode}`;
      return line;
    });
    return {
      returnRef: `wemalo-return:${Math.min(...rows.map((r) => r.id))}`,
      order: { orderNumber: first.goodsOrderExternalId || first.goodsReceiptExternalId || "unknown" },
      createdAt: (fromBookingDate(first.bookingDate) ?? new Date(0)).toISOString(),
      lines,
      received: true,
    };
  });
  return { items, nextCursor: read.nextCursor, hasMore: read.hasMore };
}
