import type { Parcel, ShippedLine, Shipment } from "@/lib/orders";
import { carrierOf } from "./carriers";
import type { SentBooking } from "./schemas";
import { fromBookingDate } from "./wemalo-time";

export interface OrderShipment {
  orderNumber: string;
  goodsOrderId: number;
  shipment: Omit<Shipment, "complete">;
}

export const shipmentRefOf = (goodsOrderId: number, trackingNumber: string) => `wemalo:${goodsOrderId}:${trackingNumber}`;

export const bookingSeconds = (b: SentBooking): number => Math.floor((fromBookingDate(b.bookingDate)?.getTime() ?? 0) / 1000);

function addLine(lines: ShippedLine[], sku: string, quantity: number): void {
  const line = lines.find((l) => l.sku === sku);
  if (line) line.quantity += quantity;
  else lines.push({ sku, quantity });
}

/**
 * Sent-package bookings (one row per parcel item [M1]) → one shipment per parcel (tracking
 * number). The ref is built from order id and tracking number, the same as for a parcel reported
 * by the `trackingnumber_added` webhook, so a parcel seen both ways is written back once.
 */
export function groupShipments(bookings: SentBooking[]): OrderShipment[] {
  const groups = new Map<string, SentBooking[]>();
  for (const b of bookings) {
    const key = `${b.goodsOrderId}|${b.trackingNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.values()].map((rows) => {
    const first = rows[0]!;
    const parcels: Parcel[] = [];
    const lines: ShippedLine[] = [];
    for (const row of rows) {
      addLine(lines, row.sku, row.count);
      let parcel = parcels.find((p) => p.trackingNumber === row.trackingNumber);
      if (!parcel) {
        const { carrier, trackingUrl } = carrierOf(row.dispatcherName, row.dispatcherProduct);
        parcel = { trackingNumber: row.trackingNumber, carrier, lines: [] };
        if (row.packageId !== undefined) parcel.parcelRef = String(row.packageId);
        if (trackingUrl) parcel.trackingUrl = trackingUrl(row.trackingNumber);
        parcels.push(parcel);
      }
      addLine(parcel.lines!, row.sku, row.count);
    }
    const shippedAt = fromBookingDate(first.handoverDate || first.bookingDate) ?? new Date(0);
    return {
      orderNumber: first.externalGoodsOrderId,
      goodsOrderId: first.goodsOrderId,
      shipment: {
        shipmentRef: shipmentRefOf(first.goodsOrderId, first.trackingNumber),
        orderNumber: first.externalGoodsOrderId,
        shippedAt: shippedAt.toISOString(),
        parcels,
        lines,
      },
    };
  });
}
