import type { Parcel, ShippedLine, Shipment } from "@/lib/orders";
import { carrierOf } from "./carriers";
import type { SentBooking } from "./schemas";
import { fromBookingDate } from "./wemalo-time";

export interface OrderShipment {
  orderNumber: string;
  goodsOrderId: number;
  shipment: Omit<Shipment, "complete">;
}

/** The same ref for a parcel whether it was polled or announced by `trackingnumber_added`. */
export const shipmentRefOf = (goodsOrderId: number, trackingNumber: string) => `wemalo:${goodsOrderId}:${trackingNumber}`;

export const bookingSeconds = (b: SentBooking): number => Math.floor((fromBookingDate(b.bookingDate)?.getTime() ?? 0) / 1000);

/**
 * Sent-package bookings (one row per parcel item [M1]) → one shipment per parcel, i.e. per order
 * and tracking number, with the parcel's lines. The feed has no parcel id (only the unsynced
 * queue does), so parcelRef stays empty here.
 */
export function groupShipments(bookings: SentBooking[]): OrderShipment[] {
  const groups = new Map<string, SentBooking[]>();
  for (const b of bookings) {
    const key = `${b.goodsOrderId}|${b.trackingNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((rows) => {
    const first = rows[0]!;
    const lines: ShippedLine[] = [];
    for (const row of rows) {
      const line = lines.find((l) => l.sku === row.sku);
      if (line) line.quantity += row.count;
      else lines.push({ sku: row.sku, quantity: row.count });
    }
    const { carrier, trackingUrl } = carrierOf(first.dispatcherName, first.dispatcherProduct);
    // A booking of no items (count 0, or a correction that cancels one out) ships nothing.
    const shippedLines = lines.filter((l) => l.quantity > 0);
    const parcel: Parcel = { trackingNumber: first.trackingNumber, carrier, lines: shippedLines.map((l) => ({ ...l })) };
    if (first.packageId !== undefined) parcel.parcelRef = String(first.packageId);
    if (trackingUrl) parcel.trackingUrl = trackingUrl(first.trackingNumber);
    const shippedAt = fromBookingDate(first.handoverDate || first.bookingDate) ?? new Date(0);
    return {
      orderNumber: first.externalGoodsOrderId,
      goodsOrderId: first.goodsOrderId,
      shipment: {
        shipmentRef: shipmentRefOf(first.goodsOrderId, first.trackingNumber),
        orderNumber: first.externalGoodsOrderId,
        shippedAt: shippedAt.toISOString(),
        parcels: [parcel],
        lines: shippedLines,
      },
    };
  });
}
