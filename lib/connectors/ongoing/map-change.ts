import type { Parcel, Shipment, ShippedLine, StatusChange } from "@/lib/orders";
import { canonicalStatus, isShippedNumber } from "./map-status";
import type { OngoingOrder } from "./schemas";

export interface ChangeOptions {
  now: Date;
  /** For a back order: the order number of the order it continues. */
  rootOrderNumber?: string;
}

export function backOrderFor(order: OngoingOrder): number | undefined {
  return order.orderInfo.advanced?.backOrderInfo?.backOrderForOrderId ?? undefined;
}

/**
 * One Ongoing order as read (GET /orders) → a canonical status change, with a shipment once it
 * is Sent. A back order (the rest of a partial shipment) only reports its own shipment, under
 * the original order number: its Open/Released states would otherwise undo "partially shipped".
 */
export function toStatusChange(order: OngoingOrder, options: ChangeOptions): StatusChange | null {
  const info = order.orderInfo;
  const number = info.orderStatus.number;
  if (backOrderFor(order) !== undefined && !isShippedNumber(number)) return null;

  const lines = order.orderLines ?? [];
  const partly = lines.some((l) => (l.pickedNumberOfItems ?? 0) < l.orderedNumberOfItems);
  const orderNumber = options.rootOrderNumber ?? info.orderNumber;
  const shipped = isShippedNumber(number);
  const occurredAt = shipped
    ? timestamp(info.shippedTime, options.now)
    : number === 200
      ? timestamp(info.createdDate, options.now)
      : options.now.toISOString();

  const change: StatusChange = {
    order: { orderNumber, warehouseRef: String(info.orderId) },
    status: canonicalStatus(number, partly),
    partnerStatus: { code: String(number), ...(info.orderStatus.text ? { label: info.orderStatus.text } : {}) },
    occurredAt,
  };
  if (number === 150) change.reason = `Ongoing WMS put order ${info.orderNumber} in status 150 (${info.orderStatus.text ?? "Error"})`;
  if (shipped) {
    const shipment = toShipment(order, orderNumber, occurredAt, !partly);
    if (shipment) change.shipment = shipment;
  }
  return change;
}

function toShipment(order: OngoingOrder, orderNumber: string, shippedAt: string, complete: boolean): Shipment | undefined {
  const transporter = order.transporter;
  const carrier = transporter?.transporterName || transporter?.code || "unknown";
  const lines = order.orderLines ?? [];
  const wayBill = order.orderInfo.wayBill ?? undefined;

  let parcels: Parcel[] = (order.parcels ?? [])
    .filter((p) => !p.isReturnParcel)
    .flatMap((p) => {
      const trackingNumber = p.tracking?.waybill || p.parcelNumber || wayBill;
      if (!trackingNumber) return [];
      const parcel: Parcel = { parcelRef: String(p.id), trackingNumber, carrier };
      const url = validUrl(p.tracking?.trackingUrl);
      if (url) parcel.trackingUrl = url;
      const inParcel = linesInParcel(lines, p.id);
      if (inParcel) parcel.lines = inParcel;
      return [parcel];
    });
  if (parcels.length === 0 && wayBill) {
    const url = validUrl(order.tracking?.find((t) => t.waybill === wayBill)?.trackingUrl);
    parcels = [{ trackingNumber: wayBill, carrier, ...(url ? { trackingUrl: url } : {}) }];
  }
  if (parcels.length === 0) return undefined;

  return {
    shipmentRef: `ongoing-order-${order.orderInfo.orderId}`,
    orderNumber,
    shippedAt,
    parcels,
    lines: lines.flatMap((l) => shippedLine(l.article.articleNumber, l.pickedNumberOfItems ?? 0, l.rowNumber)),
    complete,
  };
}

type Line = NonNullable<OngoingOrder["orderLines"]>[number];

/** Picked items name the parcel they were packed in; without that we cannot say per parcel. */
function linesInParcel(lines: Line[], parcelId: number): ShippedLine[] | undefined {
  const known = lines.some((l) => (l.pickedArticleItems ?? []).some((i) => i.parcel));
  if (!known) return undefined;
  return lines.flatMap((l) => {
    const qty = (l.pickedArticleItems ?? []).filter((i) => i.parcel?.id === parcelId).reduce((s, i) => s + i.numberOfItems, 0);
    return shippedLine(l.article.articleNumber, qty, l.rowNumber);
  });
}

function shippedLine(sku: string, quantity: number, rowNumber: string | null | undefined): ShippedLine[] {
  const q = Math.round(quantity);
  if (q <= 0) return [];
  return [{ sku, quantity: q, ...(rowNumber ? { lineRef: rowNumber } : {}) }];
}

function timestamp(value: string | null | undefined, fallback: Date): string {
  if (!value) return fallback.toISOString();
  // Ongoing writes some times without a zone (webhook timestamps [S12]); we read them as UTC (GUESS).
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? fallback.toISOString() : new Date(t).toISOString();
}

function validUrl(value: string | null | undefined): string | undefined {
  return value && URL.canParse(value) && /^https?:/i.test(value) ? value : undefined;
}
