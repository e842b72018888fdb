import type { CanonicalStatus, OrderRef, Shipment } from "@/lib/orders";
import { needsMerchant } from "@/lib/http";
import type { RackbeatContext } from "./api";
import { writeShipment } from "./write-shipment";

/**
 * Rackbeat as the receiving side of Webshipper → Rackbeat (seed 002): the label was printed in
 * Webshipper, so the Rackbeat order we created (warehouseRef = its number) gets a shipment of the
 * shipped lines, marked shipped, with the tracking in a note: the same write as on the source
 * side, keyed on the Rackbeat order. A repeat of the same shipment writes nothing.
 */
export async function recordShipment(ctx: RackbeatContext, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void> {
  const number = input.order.warehouseRef;
  if (!number || !/^\d+$/.test(number)) throw needsMerchant("rackbeat", "not_found", `Lagerbro does not know the Rackbeat order of ${input.order.orderNumber}`);
  await writeShipment(ctx, { ...input, order: { ...input.order, sourceRef: number } });
}
