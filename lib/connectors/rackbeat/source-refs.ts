/**
 * As a source, a Rackbeat order travels whole (trigger "order created", sourceRef = order number)
 * or shipment by shipment (trigger "shipment created", sourceRef = "number:shipmentId", so
 * partial shipments are separate orders at Webshipper). Seed 002.
 */
export interface SourceRef {
  orderNumber: number;
  shipmentId?: number;
}

export function parseSourceRef(sourceRef: string): SourceRef {
  const [order = "", shipment] = sourceRef.split(":");
  return shipment ? { orderNumber: Number(order), shipmentId: Number(shipment) } : { orderNumber: Number(order) };
}

export function formatSourceRef(ref: SourceRef): string {
  return ref.shipmentId === undefined ? String(ref.orderNumber) : `${ref.orderNumber}:${ref.shipmentId}`;
}

/** Markers in order notes; the note text around them is for people. */
export const sentMarker = (ref: SourceRef) => `[lagerbro:sent:${formatSourceRef(ref)}]`;
export const shipmentMarker = (shipmentRef: string) => `[lagerbro:shipment:${shipmentRef}]`;
export const cancellationMarker = "[lagerbro:cancellation]";
