import { and, eq, gte, inArray, isNotNull, isNull, lt } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders, shipments } from "@/db/schema";
import { raiseException } from "./exceptions";
import { loadLink } from "./links";
import { openSource, openWarehouse } from "./open-link";
import { refOf } from "./order-rows";
import { openOrderStatuses } from "./order-status";
import { recordEvent } from "./timeline";
import { takeBackFixedOrder } from "./take-back-fixed-order";
import type { Order } from "@/lib/orders";

export type DriftKind = "not_taken_in" | "not_at_warehouse" | "not_written_back" | "cancelled_only_here" | "cancelled_only_at_warehouse";

export interface Drift {
  kind: DriftKind;
  orderId?: string;
  sourceRef?: string;
  orderNumber?: string;
  message: string;
}

export interface ReconcileOptions {
  /** An order ready this long and still not at the warehouse is drift. Default: the link's sendDeadlineMinutes (30). */
  minutes?: number;
  /** Orders changed within this window are compared with the warehouse. Default 7 days. */
  lookbackHours?: number;
  now?: Date;
  /** Upper bound of warehouse look-ups per run. */
  limit?: number;
}

/**
 * Compares recent orders on both sides and reports drift: ready at the source but unknown here
 * or still not at the warehouse after N minutes; shipped but not written back after N minutes;
 * cancelled on one side only. Each drifting order gets one open "drift" exception. An order in
 * exception that the shop released again after a fix is taken back and sent again.
 */
export async function reconcileLink(tenantId: string, linkId: string, options: ReconcileOptions = {}): Promise<{ drift: Drift[]; takenBack: number }> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const now = options.now ?? new Date();
  const minutes = options.minutes ?? link.settings.sendDeadlineMinutes ?? 30;
  const deadline = new Date(now.getTime() - minutes * 60_000);
  const since = new Date(now.getTime() - (options.lookbackHours ?? 168) * 3_600_000);
  const limit = options.limit ?? 100;
  const drift: Drift[] = [];

  // Ready at the source: known here? (a cursor can miss an order the shop released again)
  const source = await openSource(tenantId, link);
  let cursor: string | null = null;
  const readyOrders: Order[] = [];
  for (let page = 0; page < 10; page++) {
    const listed = await source.ops.listReadyOrders(source.context, { cursor });
    readyOrders.push(...listed.items);
    cursor = listed.nextCursor;
    if (!listed.hasMore) break;
  }
  const readyRefs = readyOrders.map((o) => o.sourceRef);
  const known = new Set(
    readyRefs.length
      ? (await withTenant(tenantId, (tx) => tx.select({ ref: orders.sourceRef }).from(orders).where(and(eq(orders.linkId, linkId), inArray(orders.sourceRef, readyRefs))))).map((r) => r.ref)
      : [],
  );
  let takenBack = 0;
  for (const order of readyOrders) {
    if (!known.has(order.sourceRef)) {
      drift.push({ kind: "not_taken_in", sourceRef: order.sourceRef, message: `Order ${order.sourceRef} is ready at the source but Lagerbro has not taken it in.` });
    } else if (await withTenant(tenantId, (tx) => takeBackFixedOrder(tx, tenantId, linkId, order))) {
      // Released again after a fix: the intake cursor is past it, so it is picked up here.
      takenBack += 1;
    }
  }

  const { late, unwritten, cancelledHere, open } = await withTenant(tenantId, async (tx) => ({
    late: await tx.select().from(orders).where(and(eq(orders.linkId, linkId), eq(orders.status, "received"), isNull(orders.sentAt), lt(orders.receivedAt, deadline))),
    unwritten: await tx
      .select({ orderId: shipments.orderId, shipmentRef: shipments.shipmentRef, orderNumber: orders.orderNumber })
      .from(shipments)
      .innerJoin(orders, eq(orders.id, shipments.orderId))
      .where(and(eq(orders.linkId, linkId), isNull(shipments.writtenBackAt), lt(shipments.createdAt, deadline))),
    cancelledHere: await tx
      .select()
      .from(orders)
      .where(and(eq(orders.linkId, linkId), eq(orders.status, "cancelled"), isNotNull(orders.warehouseRef), gte(orders.updatedAt, since)))
      .limit(limit),
    open: await tx
      .select()
      .from(orders)
      .where(and(eq(orders.linkId, linkId), inArray(orders.status, openOrderStatuses), isNotNull(orders.warehouseRef), gte(orders.updatedAt, since)))
      .limit(limit),
  }));
  for (const o of late) {
    drift.push({ kind: "not_at_warehouse", orderId: o.id, orderNumber: o.orderNumber, message: `Order ${o.orderNumber} has been ready for more than ${minutes} minutes and is not at the warehouse.` });
  }
  for (const s of unwritten) {
    drift.push({ kind: "not_written_back", orderId: s.orderId, orderNumber: s.orderNumber, message: `Shipment ${s.shipmentRef} of order ${s.orderNumber} left the warehouse more than ${minutes} minutes ago and is not written back to the source.` });
  }

  const warehouse = await openWarehouse(tenantId, link);
  const getStatus = warehouse.ops.getOrderStatus;
  if (getStatus) {
    for (const o of cancelledHere) {
      const there = await getStatus(warehouse.context, { order: refOf(o) });
      if (there && there.status !== "cancelled") {
        drift.push({ kind: "cancelled_only_here", orderId: o.id, orderNumber: o.orderNumber, message: `Order ${o.orderNumber} is cancelled in Lagerbro but the warehouse still has it as ${there.partnerStatus.label ?? there.partnerStatus.code}.` });
      }
    }
    for (const o of open) {
      const there = await getStatus(warehouse.context, { order: refOf(o) });
      if (there?.status === "cancelled") {
        drift.push({ kind: "cancelled_only_at_warehouse", orderId: o.id, orderNumber: o.orderNumber, message: `The warehouse cancelled order ${o.orderNumber}, but it is still open in Lagerbro and the shop.` });
      }
    }
  }

  await withTenant(tenantId, async (tx) => {
    // Orders never taken in have no row to hang an exception on: one for the link names them all.
    const missing = drift.filter((d) => !d.orderId).map((d) => d.sourceRef);
    if (missing.length) {
      const message = `${missing.length} order(s) ready at the source were not taken in: ${missing.slice(0, 20).join(", ")}${missing.length > 20 ? " …" : ""}.`;
      await raiseException(tx, tenantId, { linkId, kind: "drift", message, detail: { drift: "not_taken_in", sourceRefs: missing } });
    }
    for (const d of drift) {
      if (!d.orderId) continue;
      const opened = await raiseException(tx, tenantId, { linkId, orderId: d.orderId, kind: "drift", message: d.message, detail: { drift: d.kind } });
      if (opened) await recordEvent(tx, tenantId, d.orderId, { kind: "drift", message: d.message, detail: { drift: d.kind } });
    }
  });
  return { drift, takenBack };
}
