import type { RecordRow, RowReader } from "@/lib/files";
import { canonicalStatusSchema, parcelSchema, type CanonicalStatus, type StatusChange } from "@/lib/orders";
import { parsePairs } from "./field-mapping";
import type { FileWarehouseSettings } from "./settings";

const SHIPPED: readonly CanonicalStatus[] = ["shipped", "partially_shipped"];

function toDate(raw: string | undefined, fallback: Date): string | null {
  if (!raw) return fallback.toISOString();
  // Date only ("2026-01-05") is the common case in status files; read it as midnight UTC.
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Reads one line of a status file into a StatusChange through the merchant's field names and
 * status values. A line without an order number, with an unknown status, or shipped without a
 * package number is refused with a reason, so it can be reported by its line.
 */
export function statusRowReader(settings: FileWarehouseSettings, fileTime: Date): RowReader<StatusChange> {
  const statusValues = parsePairs(settings.statusValues);
  return (row: RecordRow) => {
    const v = row.values;
    const orderNumber = v[settings.fieldOrderNumber]?.trim();
    if (!orderNumber) return { ok: false, message: `no order number (field "${settings.fieldOrderNumber}")` };
    const raw = v[settings.fieldStatus]?.trim() ?? "";
    const mapped = statusValues.get(raw) ?? raw;
    const status = canonicalStatusSchema.safeParse(mapped);
    if (!status.success) return { ok: false, message: `unknown status "${raw}" for order ${orderNumber} (map it under "Status values")` };
    const occurredAt = toDate(v[settings.fieldShippedAt]?.trim(), fileTime);
    if (!occurredAt) return { ok: false, message: `unreadable date "${v[settings.fieldShippedAt]}" for order ${orderNumber}` };

    const change: StatusChange = { order: { orderNumber }, status: status.data, partnerStatus: { code: raw }, occurredAt };
    const packageNumber = v[settings.fieldPackageNumber]?.trim();
    if (SHIPPED.includes(status.data)) {
      if (!packageNumber) return { ok: false, message: `order ${orderNumber} shipped without a package number (field "${settings.fieldPackageNumber}")` };
      const url = v[settings.fieldTrackingUrl]?.trim();
      // A broken link is left out rather than holding back the status.
      const parcel = parcelSchema.safeParse({ trackingNumber: packageNumber, carrier: v[settings.fieldCarrier]?.trim() || settings.defaultCarrier, trackingUrl: url || undefined });
      const trackingParcel = parcel.success ? parcel.data : { trackingNumber: packageNumber, carrier: v[settings.fieldCarrier]?.trim() || settings.defaultCarrier };
      change.shipment = {
        // The same package reported again is the same shipment, so it is written back once.
        shipmentRef: `${orderNumber}:${packageNumber}`,
        orderNumber,
        shippedAt: occurredAt,
        parcels: [trackingParcel],
        lines: [],
        complete: status.data === "shipped",
      };
    }
    return { ok: true, value: change };
  };
}
