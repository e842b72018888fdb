import { eq } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { orders, shipments, type Link, type OrderRow } from "@/db/schema";
import type { WarehouseChange } from "@/lib/connectors";
import { enqueue } from "@/lib/outbox/enqueue";
import { PIPELINE_EVENTS } from "./events";
import { resolveOrderExceptions } from "./exceptions";
import { loadLink } from "./links";
import { raiseOrderProblems, type OrderProblem } from "./order-exception";
import { findOrderByNumber, loadOrder } from "./order-rows";
import { canMoveTo, orderStatusFor } from "./order-status";
import { recordEvent } from "./timeline";

export interface ApplyChangesResult {
  /** Orders whose status moved. */
  statusChanges: number;
  /** Shipments stored for the first time (each announced with shipment.created). */
  newShipments: string[];
  /** Changes about orders this link does not know (another system's orders at the same warehouse). */
  unmatched: number;
  exceptions: number;
}

/** The exception a warehouse error status means. */
export function problemForErrorStatus(change: WarehouseChange): OrderProblem {
  const reason = change.reason ?? `The warehouse reports status ${change.partnerStatus.label ?? change.partnerStatus.code}.`;
  if (change.status === "error_address") return { kind: "bad_address", message: `The warehouse holds the order: address problem. ${reason}`.trim() };
  if (change.status === "error_stock") return { kind: "out_of_stock", message: `The warehouse holds the order: not enough stock. ${reason}`.trim() };
  if (/stock|lager|inventory/i.test(reason)) return { kind: "out_of_stock", message: reason };
  if (/address|adress/i.test(reason)) return { kind: "bad_address", message: reason };
  return { kind: "partner_error", message: reason };
}

/**
 * Stores what the warehouse reported about one order: the status if it moves the order on, and
 * a shipment once (unique per order and shipment reference), announced in the same transaction.
 * Returns the problem to raise when the warehouse put the order on hold.
 */
async function applyOne(tx: Tx, tenantId: string, link: Link, orderId: string, change: WarehouseChange, result: ApplyChangesResult): Promise<OrderProblem | undefined> {
  const order = await loadOrder(tx, orderId, { lock: true });
  const shipment = change.shipment;
  if (shipment) {
    const [row] = await tx
      .insert(shipments)
      .values({
        tenantId,
        orderId,
        shipmentRef: shipment.shipmentRef,
        parcels: shipment.parcels,
        lines: shipment.lines,
        partial: !shipment.complete,
        shippedAt: new Date(shipment.shippedAt),
      })
      .onConflictDoNothing({ target: [shipments.orderId, shipments.shipmentRef] })
      .returning({ id: shipments.id });
    if (row) {
      const tracking = shipment.parcels.map((p) => `${p.carrier} ${p.trackingNumber}`).join(", ");
      await recordEvent(tx, tenantId, orderId, {
        kind: shipment.complete ? "shipped" : "partially_shipped",
        message: `${shipment.complete ? "Shipped" : "Partly shipped"}: ${tracking}.`,
        detail: { shipmentRef: shipment.shipmentRef, parcels: shipment.parcels, lines: shipment.lines },
      });
      await enqueue(tx, tenantId, { name: PIPELINE_EVENTS.shipmentCreated, data: { tenantId, linkId: link.id, orderId, shipmentId: row.id }, key: `shipment.created:${row.id}` });
      result.newShipments.push(row.id);
    }
  }

  const next = orderStatusFor(change.status);
  if (!canMoveTo(order.status, next)) return undefined;
  const now = new Date();
  await tx
    .update(orders)
    .set({
      status: next,
      warehouseStatus: change.partnerStatus.code,
      ...(change.order.warehouseRef && !order.warehouseRef ? { warehouseRef: change.order.warehouseRef } : {}),
      ...(next === "shipped" ? { shippedAt: now } : {}),
      ...(next === "cancelled" ? { cancelledAt: now, settledAt: now } : {}),
      updatedAt: now,
    })
    .where(eq(orders.id, orderId));
  result.statusChanges += 1;
  const label = change.partnerStatus.label ? ` (${change.partnerStatus.label})` : "";
  await recordEvent(tx, tenantId, orderId, {
    kind: "status",
    message: `Warehouse status ${change.partnerStatus.code}${label}: ${next.replace("_", " ")}.`,
    detail: { from: order.status, to: next, canonical: change.status, partnerStatus: change.partnerStatus, occurredAt: change.occurredAt, reason: change.reason },
  });
  if (order.status === "exception" && next !== "exception") {
    await resolveOrderExceptions(tx, orderId, ["bad_address", "out_of_stock"]);
  }
  return next === "exception" ? problemForErrorStatus(change) : undefined;
}

/** One reported status for an order we hold (also the warehouse's answer at hand-over). */
export async function applyStatusReport(tenantId: string, link: Link, order: OrderRow, change: WarehouseChange): Promise<ApplyChangesResult> {
  const result: ApplyChangesResult = { statusChanges: 0, newShipments: [], unmatched: 0, exceptions: 0 };
  const problem = await withTenant(tenantId, (tx) => applyOne(tx, tenantId, link, order.id, change, result));
  if (problem) {
    await raiseOrderProblems(tenantId, link, order, [problem]);
    result.exceptions += 1;
  }
  return result;
}

/**
 * Changes from a status poll or a parsed warehouse webhook. Each is applied in its own
 * transaction, so one bad row does not undo the others; applying the same change twice
 * (overlapping polls, a webhook and a poll) changes nothing the second time.
 */
export async function applyWarehouseChanges(tenantId: string, linkId: string, changes: WarehouseChange[]): Promise<ApplyChangesResult> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result: ApplyChangesResult = { statusChanges: 0, newShipments: [], unmatched: 0, exceptions: 0 };
  for (const change of changes) {
    const order = await withTenant(tenantId, (tx) => findOrderByNumber(tx, linkId, change.order.orderNumber));
    if (!order) {
      result.unmatched += 1;
      continue;
    }
    const problem = await withTenant(tenantId, (tx) => applyOne(tx, tenantId, link, order.id, change, result));
    if (problem) {
      await raiseOrderProblems(tenantId, link, order, [problem]);
      result.exceptions += 1;
    }
  }
  return result;
}
