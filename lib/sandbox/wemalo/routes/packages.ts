import { dispatcherFor } from "../catalog";
import { invalid, notFound, num, ok } from "../http";
import { page } from "../paging";
import { route, type RouteContext } from "../router";
import type { GoodsOrder, SentBooking } from "../store";
import { formatBookingDate, parseBookingDate } from "../wemalo-time";

function bookingView(ctx: RouteContext, b: SentBooking, withQueueFields: boolean): Record<string, unknown> {
  const order = ctx.shop.orderById(b.goodsOrderId);
  const parcel = ctx.shop.parcels.find((p) => p.id === b.packageId);
  const product = ctx.shop.productById(b.productId);
  const dispatcher = dispatcherFor(order?.dispatcherProfile, ctx.world.options.dispatchers);
  const view: Record<string, unknown> = {
    externalProductId: product?.externalId ?? "",
    productId: b.productId,
    productName: product?.name ?? "",
    sku: b.sku,
    historyId: b.historyId,
    goodsOrderId: b.goodsOrderId,
    orderNumberCustomer: order?.orderNumber ?? "",
    externalGoodsOrderId: order?.externalId ?? "",
    handoverDate: parcel?.handoverDate ? formatBookingDate(parcel.handoverDate) : "",
    bookingDate: formatBookingDate(b.bookingDate),
    trackingNumber: parcel?.trackingNumber ?? "",
    count: b.count,
    serialNumber: "",
    dispatcherName: dispatcher.name,
    dispatcherProduct: parcel?.profileName ?? "",
    orderInfo: { departmentNumber: "", extraInfo: "", extraInfo2: "", extraInfo3: "", extraInfo4: "" },
  };
  // packageId and orderStatusId are documented for the queue feed (v1.0.5) only [M1].
  if (withQueueFields) Object.assign(view, { packageId: b.packageId, orderStatusId: b.orderStatusId });
  if (ctx.query.get("addRecipient") === "true" && order) view.recipient = recipientView(order);
  return view;
}

function recipientView(order: GoodsOrder) {
  const r = order.receiver;
  return {
    name1: r.name1, name2: r.name2, name3: r.name3, street: r.street, houseNumber: r.streetNumber,
    addressAddition: r.addressAddition, stateProvinceCountry: r.stateProvinceCountry, zip: r.zip, city: r.city,
    countryCode: r.countryCode2Letter, email: r.email, phone: r.phoneNumber, customerNumber: r.customerNumber,
  };
}

function byExternalId(ctx: RouteContext, rows: SentBooking[]): SentBooking[] {
  const externalId = ctx.query.get("externalId");
  if (!externalId) return rows;
  const order = ctx.shop.orderByExternalId(externalId);
  return rows.filter((b) => b.goodsOrderId === order?.id);
}

export const packageRoutes = [
  /** `GET /goodsOrder/packages?orderId=|externalOrderId=` → packed parcels with tracking and items [M1]. */
  route("GET", "/goodsOrder/packages", (ctx) => {
    const orderId = num(ctx.query.get("orderId"));
    const externalId = ctx.query.get("externalOrderId");
    const order = orderId !== undefined ? ctx.shop.orderById(orderId) : externalId ? ctx.shop.orderByExternalId(externalId) : undefined;
    if (!order) return notFound(orderId !== undefined ? "orderId" : "externalOrderId", orderId ?? externalId, "goods order not found");
    const packages = ctx.shop.parcels
      .filter((p) => p.orderId === order.id)
      .map((p) => ({
        profileName: p.profileName,
        errorMessage: "",
        weightTotal: p.weightTotal,
        quantitySum: p.items.reduce((s, i) => s + i.quantity, 0),
        isHandedOver: p.isHandedOver,
        storageCell: "",
        id: p.id,
        barcode: p.barcode,
        trackingNumber: p.trackingNumber,
        items: p.items.map((i) => ({ serialNumber: "", quantity: i.quantity, name: i.name, sku: i.sku })),
        units: [],
      }));
    return ok({ packages });
  }),

  /** `GET /goodsOrder/package/:parcelId/trackingNumber` → `{ trackingNumber, profileName, carrier }` [M1][M2]. */
  route("GET", "/goodsOrder/package/:parcelId/trackingNumber", (ctx) => {
    const parcel = ctx.shop.parcels.find((p) => String(p.id) === ctx.params.parcelId);
    if (!parcel) return notFound("parcelId", ctx.params.parcelId, "parcel not found");
    return ok({ trackingNumber: parcel.trackingNumber, profileName: parcel.profileName, carrier: parcel.carrier });
  }),

  /** Sent packages by time range (`dd.MM.yyyy HH:mm:ss`, both ends inclusive) and/or external id, paged [M1]. */
  route("GET", "/goodsOrder/sentPackages", (ctx) => {
    const from = ctx.query.get("dateFrom");
    const to = ctx.query.get("dateTo");
    const fromDate = from ? parseBookingDate(from) : undefined;
    const toDate = to ? parseBookingDate(to) : undefined;
    if (from && !fromDate) return invalid("dateFrom", from, "format dd.MM.yyyy HH:mm:ss expected");
    if (to && !toDate) return invalid("dateTo", to, "format dd.MM.yyyy HH:mm:ss expected");
    const second = (d: Date) => Math.floor(d.getTime() / 1000);
    const rows = byExternalId(ctx, ctx.shop.sentBookings).filter(
      (b) => (!fromDate || second(b.bookingDate) >= second(fromDate)) && (!toDate || second(b.bookingDate) <= second(toDate)),
    );
    const p = page(rows, ctx.query, ctx.world.options.pageSize);
    return ok({ page: p.page, additionalPage: p.additionalPage, bookings: p.rows.map((b) => bookingView(ctx, b, false)) });
  }),

  /** Queue of sent packages without synch date; acknowledged one booking at a time [M1]. */
  route("GET", "/goodsOrder/packages/sent", (ctx) => {
    const rows = byExternalId(ctx, ctx.shop.sentBookings.filter((b) => !b.synched));
    const p = page(rows, ctx.query, ctx.world.options.pageSize);
    return ok({ page: p.page, additionalPage: p.additionalPage, bookings: p.rows.map((b) => bookingView(ctx, b, true)) });
  }),

  route("PUT", "/goodsOrder/packages/sent/:bookingId", (ctx) => {
    const booking = ctx.shop.sentBookings.find((b) => String(b.historyId) === ctx.params.bookingId);
    if (!booking) return notFound("bookingId", ctx.params.bookingId, "booking not found");
    booking.synched = true;
    return ok();
  }),
];
