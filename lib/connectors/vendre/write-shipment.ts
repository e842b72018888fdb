import type { CanonicalStatus, OrderRef, Shipment } from "@/lib/orders";
import type { VendreContext } from "./api";
import { addPackage, getOrder, updateOrderStatus } from "./orders-api";

/**
 * One GET (the packages already there), one POST per new parcel, then the status. The status
 * update comes last and carries `notify_customer`: with "Who e-mails the customer" = vendre,
 * that update is what makes Vendre send its shipping e-mail, and by then the package numbers
 * are on the order (seed 000, flow 1). With "warehouse", the 3PL mails and Vendre stays quiet
 * (flow 2).
 */
export async function writeShipment(ctx: VendreContext, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void> {
  const id = input.order.sourceRef;
  const order = await getOrder(ctx, id);
  const known = new Set(order.packages.map((p) => p.package_number));
  for (const parcel of input.shipment.parcels) {
    if (known.has(parcel.trackingNumber)) continue;
    const lines = parcel.lines ?? (input.shipment.parcels.length === 1 ? input.shipment.lines : undefined);
    await addPackage(ctx, id, {
      package_number: parcel.trackingNumber,
      carrier: parcel.carrier,
      tracking_link: parcel.trackingUrl,
      products: lines?.length ? lines.map((l) => ({ model: l.sku, quantity: l.quantity })) : undefined,
    });
    known.add(parcel.trackingNumber);
  }

  const s = ctx.settings;
  const status = input.status === "shipped" ? s.shippedStatus : input.status === "partially_shipped" ? s.partiallyShippedStatus : undefined;
  if (status === undefined || status === order.status) return;
  await updateOrderStatus(ctx, id, { status, notifyCustomer: s.customerEmail === "vendre" }, "shipment status");
}
