import { invalid, missing, notFound, num, obj, ok, readObject, str } from "../http";
import { page } from "../paging";
import { route, type RouteContext } from "../router";
import type { AnnouncedReturn, ReturnBooking } from "../store";
import { formatBookingDate, parseBookingDate } from "../wemalo-time";

/**
 * `POST /returns/announce`: `deliveryNumber`, `sender` and `items[]` are required; items are found
 * by externalId or sku; an unknown product answers `NOT_FOUND extId` [M1]. The conditional variant
 * (`/returns/announceConditional`, used by wemalo's plugin [M2]) is simulated like addConditional:
 * a second announcement with the same externalId answers the first one's id.
 */
async function announce(ctx: RouteContext, conditional: boolean): Promise<Response> {
  const body = await readObject(ctx.request);
  if (!body) return invalid("body", undefined, "body must be a JSON object");
  const deliveryNumber = str(body.deliveryNumber);
  if (!deliveryNumber) return missing("deliveryNumber");
  const sender = obj(body.sender);
  if (!sender || !str(sender.name1)) return missing("sender.name1");
  const externalId = str(body.externalId);
  const earlier = externalId ? ctx.shop.returns.find((r) => r.externalId === externalId) : undefined;
  if (earlier && conditional) return ok({ id: earlier.id });
  if (earlier) return invalid("externalId", externalId, "return with this externalId exists already"); // guessed
  const rawItems = Array.isArray(body.items) ? body.items : [];
  if (rawItems.length === 0) return missing("items");
  const items: AnnouncedReturn["items"] = [];
  for (const raw of rawItems) {
    const item = obj(raw);
    const key = item && (str(item.externalId) ?? str(item.sku));
    const product = key ? (ctx.shop.products.get(key) ?? ctx.shop.productBySku(key)) : item && num(item.id) !== undefined ? ctx.shop.productById(num(item.id)!) : undefined;
    if (!product) return notFound("extId", key, `No product with extId ${key ?? ""} found.`);
    items.push({ productId: product.id, externalId: product.externalId, quantity: num(item?.quantity) ?? 1 });
  }
  const announced: AnnouncedReturn = {
    id: ctx.world.seq.take("returns"),
    externalId,
    goodsOrderExternalId: str(body.goodsOrderExternalId),
    deliveryNumber,
    items,
    received: body,
    createdAt: ctx.world.now(),
  };
  ctx.shop.returns.push(announced);
  return ok({ id: announced.id });
}

function bookingView(ctx: RouteContext, b: ReturnBooking): Record<string, unknown> {
  const product = ctx.shop.productById(b.productId);
  const order = b.goodsOrderId !== undefined ? ctx.shop.orderById(b.goodsOrderId) : undefined;
  const announced = ctx.shop.returns.find((r) => r.id === b.returnsId);
  return {
    externalProductId: product?.externalId ?? "",
    productId: b.productId,
    productName: product?.name ?? "",
    sku: product?.sku ?? "",
    id: b.id,
    bookingDate: formatBookingDate(b.bookingDate),
    attributeCode: b.attributeCode,
    attributeDefault: b.attributeCode === "1",
    attributePackagingCode: "",
    reasonCode: b.reasonCode,
    serialNumber: "",
    count: b.count, // not in the apidoc field list; guessed from the sent-packages bookings
    goodsReceiptExternalId: announced?.externalId ?? "",
    goodsReceiptDeliveryNumber: announced?.deliveryNumber ?? "",
    goodsReceiptOrderNumber: "",
    goodsOrderExternalId: order?.externalId ?? "",
    goodsOrderNumber: order?.orderNumber ?? "",
    readyForShipment: b.attributeCode === "1",
  };
}

function filtered(ctx: RouteContext, rows: ReturnBooking[]): ReturnBooking[] | Response {
  const from = ctx.query.get("dateFrom");
  const to = ctx.query.get("dateTo");
  const fromDate = from ? parseBookingDate(from) : undefined;
  const toDate = to ? parseBookingDate(to) : undefined;
  if (from && !fromDate) return invalid("dateFrom", from, "format dd.MM.yyyy HH:mm:ss expected");
  if (to && !toDate) return invalid("dateTo", to, "format dd.MM.yyyy HH:mm:ss expected");
  const orderRef = ctx.query.get("externalGoodsOrderId");
  const order = orderRef ? ctx.shop.orderByExternalId(orderRef) : undefined;
  const second = (d: Date) => Math.floor(d.getTime() / 1000);
  return rows.filter(
    (b) =>
      (!fromDate || second(b.bookingDate) >= second(fromDate)) &&
      (!toDate || second(b.bookingDate) <= second(toDate)) &&
      (!orderRef || b.goodsOrderId === order?.id),
  );
}

function feed(ctx: RouteContext, rows: ReturnBooking[]): Response {
  const selected = filtered(ctx, rows);
  if (selected instanceof Response) return selected;
  const p = page(selected, ctx.query, ctx.world.options.pageSize);
  return ok({ page: p.page, additionalPage: p.additionalPage, bookings: p.rows.map((b) => bookingView(ctx, b)) });
}

export const returnRoutes = [
  route("POST", "/returns/announce", (ctx) => announce(ctx, false)),
  route("POST", "/returns/announceConditional", (ctx) => announce(ctx, true)),
  /** Booked returns not synchronized yet; acknowledged with `PUT /returns/booked/:bookingId` [M1]. */
  route("GET", "/returns/booked", (ctx) => feed(ctx, ctx.shop.returnBookings.filter((b) => !b.synched))),
  route("GET", "/returns/getBookings", (ctx) => feed(ctx, ctx.shop.returnBookings)),
  route("PUT", "/returns/booked/:bookingId", (ctx) => {
    const booking = ctx.shop.returnBookings.find((b) => String(b.id) === ctx.params.bookingId);
    if (!booking) return notFound("bookingId", ctx.params.bookingId, "booking not found");
    booking.synched = true;
    return ok();
  }),
];
