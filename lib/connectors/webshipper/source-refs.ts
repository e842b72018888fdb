/**
 * As a source, one Webshipper order is handed over whole (trigger "order created", sourceRef =
 * order id) or shipment by shipment (trigger "shipment created", sourceRef = "orderId:shipmentId").
 * Handed-over orders are tagged, so a tag names what was handed over.
 */
export interface SourceRef {
  orderId: string;
  shipmentId?: string;
}

export function parseSourceRef(sourceRef: string): SourceRef {
  const [orderId = "", shipmentId] = sourceRef.split(":");
  return shipmentId ? { orderId, shipmentId } : { orderId };
}

export function formatSourceRef(ref: SourceRef): string {
  return ref.shipmentId ? `${ref.orderId}:${ref.shipmentId}` : ref.orderId;
}

export function sentTagFor(baseTag: string, ref: SourceRef): string {
  return ref.shipmentId ? `${baseTag}:shipment:${ref.shipmentId}` : baseTag;
}

export const cancelledTag = (baseTag: string) => `${baseTag}:cancelled`;
