import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders, shipments, type ShipmentRow } from "@/db/schema";
import type { Shipment } from "@/lib/orders";
import { loadLink } from "./links";
import { failOrderOnPartnerError } from "./order-exception";
import { loadOrder, refOf } from "./order-rows";
import { openSource, openWarehouse } from "./open-link";
import { recordEvent, recordRetry } from "./timeline";

export interface WriteBackResult {
  outcome: "written" | "already_written" | "exception" | "paused";
  /** True when this shipment completed the order. */
  complete?: boolean;
}

function toCanonical(row: ShipmentRow, orderNumber: string): Shipment {
  return {
    shipmentRef: row.shipmentRef,
    orderNumber,
    shippedAt: row.shippedAt.toISOString(),
    parcels: row.parcels,
    lines: row.lines,
    complete: !row.partial,
  };
}

/**
 * shipment.created: writes one shipment to the source (tracking numbers, carrier, lines, the
 * mapped status) exactly once. A shipment already marked written is not sent again. The mark is
 * set in the transaction that re-checks it under a row lock, after the source accepted; if we
 * crash between the two, the retry writes again and the connector's writeShipment recognises
 * the packages it already wrote (keyed on tracking number), so the source gets none twice.
 * A partial shipment leaves the order open; the complete one settles it.
 */
export async function writeBackShipment(tenantId: string, shipmentId: string): Promise<WriteBackResult> {
  const { shipment, order, link } = await withTenant(tenantId, async (tx) => {
    const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, shipmentId));
    if (!shipment) throw new Error(`shipment ${shipmentId} not found for this tenant`);
    const order = await loadOrder(tx, shipment.orderId);
    return { shipment, order, link: await loadLink(tx, order.linkId) };
  });
  if (shipment.writtenBackAt) return { outcome: "already_written", complete: !shipment.partial };
  if (link.status !== "active") return { outcome: "paused" };

  const status = shipment.partial ? "partially_shipped" : "shipped";
  // Where the source shipped it (Webshipper → Rackbeat), the other side records the shipment instead.
  const receiving = await openWarehouse(tenantId, link);
  const recordShipment = receiving.ops.recordShipment;
  const where = recordShipment ? receiving.connector.label : "the source";
  try {
    const input = { order: refOf(order), shipment: toCanonical(shipment, order.orderNumber), status } as const;
    if (recordShipment) await recordShipment(receiving.context, input);
    else {
      const source = await openSource(tenantId, link);
      await source.ops.writeShipment(source.context, input);
    }
  } catch (error) {
    const problem = await failOrderOnPartnerError(tenantId, link, order, `Writing the shipment to ${where}`, error);
    if (problem) return { outcome: "exception" };
    await recordRetry(tenantId, order.id, "write_back_failed", `${where === "the source" ? "The source" : where} could not be reached for the tracking numbers; trying again.`, error);
    throw error;
  }

  return withTenant(tenantId, async (tx) => {
    const now = new Date();
    const marked = await tx
      .update(shipments)
      .set({ writtenBackAt: now })
      .where(and(eq(shipments.id, shipmentId), isNull(shipments.writtenBackAt)))
      .returning({ id: shipments.id });
    if (marked.length === 0) return { outcome: "already_written" as const, complete: !shipment.partial };
    const tracking = shipment.parcels.map((p) => p.trackingNumber).join(", ");
    await recordEvent(tx, tenantId, order.id, {
      kind: "written_back",
      message: `Tracking ${tracking} written to ${where}${shipment.partial ? " (partial shipment; the rest is still open)" : ""}.`,
      detail: { shipmentRef: shipment.shipmentRef, status, parcels: shipment.parcels.length },
    });
    if (!shipment.partial) {
      await tx.update(orders).set({ settledAt: now, updatedAt: now }).where(and(eq(orders.id, order.id), isNull(orders.settledAt)));
    }
    return { outcome: "written" as const, complete: !shipment.partial };
  });
}
