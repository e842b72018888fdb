import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders, type Link } from "@/db/schema";
import type { WarehouseChange } from "@/lib/connectors";
import { applyWarehouseChanges, type ApplyChangesResult } from "./apply-changes";
import { handleLinkFailure } from "./link-failure";
import { openSource, openWarehouse } from "./open-link";
import { refOf } from "./order-rows";
import { openOrderStatuses } from "./order-status";

export interface SourceShipmentsResult extends ApplyChangesResult {
  asked: number;
  outcome: "done" | "not_applicable" | "exception";
}

/**
 * Where the source ships and the other side only records it (Webshipper → Rackbeat, seed 002:
 * "an order sent on one side is marked sent on the other"): asks the source about each open order
 * it handed over (least recently updated first) and stores the shipments it made like a
 * warehouse's, once per order and reference, announced with shipment.created. write-back then
 * records each at the receiving side (WarehouseOperations.recordShipment), not at the source.
 */
export async function pullSourceShipments(tenantId: string, link: Link, options: { limit?: number } = {}): Promise<SourceShipmentsResult> {
  const result: SourceShipmentsResult = { statusChanges: 0, newShipments: [], unmatched: 0, exceptions: 0, asked: 0, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "not_applicable" };
  const warehouse = await openWarehouse(tenantId, link);
  if (!warehouse.ops.recordShipment) return { ...result, outcome: "not_applicable" };
  const source = await openSource(tenantId, link);
  const listShipments = source.ops.listOrderShipments;
  if (!listShipments) return { ...result, outcome: "not_applicable" };

  const open = await withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(orders)
      .where(and(eq(orders.linkId, link.id), inArray(orders.status, openOrderStatuses), isNotNull(orders.warehouseRef)))
      .orderBy(asc(orders.updatedAt))
      .limit(options.limit ?? 100),
  );
  const changes: WarehouseChange[] = [];
  for (const order of open) {
    let shipments;
    try {
      shipments = await listShipments(source.context, { order: refOf(order) });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "reading shipments at the source", error)) return { ...result, outcome: "exception" };
      throw error;
    }
    result.asked += 1;
    for (const shipment of shipments) {
      changes.push({
        order: { orderNumber: order.orderNumber, ...(order.warehouseRef ? { warehouseRef: order.warehouseRef } : {}) },
        status: shipment.complete ? "shipped" : "partially_shipped",
        partnerStatus: { code: shipment.complete ? "dispatched" : "partly_dispatched", label: `shipped in ${source.connector.label}` },
        occurredAt: shipment.shippedAt,
        shipment: { ...shipment, orderNumber: order.orderNumber },
      });
    }
  }
  const applied = await applyWarehouseChanges(tenantId, link.id, changes);
  return { ...result, ...applied };
}
