import type { Shipment, StatusChange } from "@/lib/orders";
import { canonicalStatus, statusReason } from "./map-status";
import type { WsOrder, WsShipment } from "./schemas";

/**
 * Each Webshipper shipment as a canonical shipment. Lines come from the packages' order lines
 * (their order-line ids resolve to our line refs); one parcel per tracking link. A shipment is
 * complete when, with the shipments before it, every order line has left.
 */
export function toShipments(order: WsOrder, shipments: WsShipment[], orderNumber: string): Shipment[] {
  const lineById = new Map(order.attributes.order_lines.map((l) => [l.id, l]));
  const shipped = new Map<string, number>();
  const result: Shipment[] = [];
  for (const s of [...shipments].filter((x) => !x.attributes.is_return).sort((a, b) => Number(a.id) - Number(b.id))) {
    const carrier = s.attributes.carrier_alias || s.attributes.carrier_type_name || "Webshipper";
    const parcels = (s.attributes.tracking_links ?? [])
      .filter((t) => t.number)
      .map((t) => ({ trackingNumber: t.number!, carrier, ...(t.url && URL.canParse(t.url) ? { trackingUrl: t.url } : {}) }));
    if (parcels.length === 0) continue;
    const lines = (s.attributes.packages ?? []).flatMap((p) =>
      (p.order_lines ?? []).map((pl) => {
        const line = pl.id === undefined ? undefined : lineById.get(pl.id);
        const sku = pl.sku ?? line?.sku ?? "";
        const lineRef = line?.ext_ref ?? (pl.id !== undefined ? String(pl.id) : undefined);
        return { sku, quantity: pl.quantity, ...(lineRef ? { lineRef } : {}) };
      }),
    ).filter((l) => l.sku !== "" && l.quantity > 0);
    for (const l of lines) shipped.set(l.sku, (shipped.get(l.sku) ?? 0) + l.quantity);
    const complete = order.attributes.order_lines.every((l) => !l.sku || (shipped.get(l.sku) ?? 0) >= l.quantity);
    result.push({ shipmentRef: `webshipper-shipment-${s.id}`, orderNumber, shippedAt: new Date(s.attributes.created_at).toISOString(), parcels, lines, complete });
  }
  return result;
}

/** The order's state as changes: one per shipment (oldest first), else one for its status. */
export function toChanges(order: WsOrder, shipments: WsShipment[], now: Date): StatusChange[] {
  const a = order.attributes;
  const orderNumber = a.ext_ref || a.visible_ref || order.id;
  const ref = { orderNumber, warehouseRef: order.id };
  const partnerStatus = { code: a.status, ...(a.error_class ? { label: a.error_class } : {}) };
  const list = toShipments(order, shipments, orderNumber);
  if (list.length > 0 && a.status !== "cancelled") {
    return list.map((shipment) => ({
      order: ref,
      status: shipment.complete ? "shipped" : "partially_shipped",
      partnerStatus,
      occurredAt: shipment.shippedAt,
      shipment,
    }));
  }
  const reason = statusReason(a.status, a.error_class, a.error_message);
  const occurredAt = Number.isNaN(Date.parse(a.updated_at)) ? now.toISOString() : new Date(a.updated_at).toISOString();
  return [{ order: ref, status: canonicalStatus(a.status, a.error_class), partnerStatus, occurredAt, ...(reason ? { reason } : {}) }];
}
