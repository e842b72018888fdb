import { and, eq, isNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { orderReturns, orders, type Link, type OrderRow } from "@/db/schema";
import type { Return } from "@/lib/orders";
import { readCursor, saveCursor } from "./cursors";
import { handleLinkFailure } from "./link-failure";
import { loadLink } from "./links";
import { failOrderOnPartnerError } from "./order-exception";
import { findOrderByNumber, findOrderBySourceRef, refOf } from "./order-rows";
import { canMoveTo } from "./order-status";
import { openSource, openWarehouse } from "./open-link";
import { recordEvent } from "./timeline";
import { mappedValue } from "@/lib/links/mapping-lookup";

export interface ReturnsPollResult {
  stored: number;
  forwarded: number;
  unknown: number;
  outcome: "done" | "paused" | "exception";
}

async function storeReturn(tenantId: string, order: OrderRow, origin: "source" | "warehouse", ret: Return) {
  return withTenant(tenantId, async (tx) => {
    const [row] = await tx
      .insert(orderReturns)
      .values({ tenantId, orderId: order.id, origin, returnRef: ret.returnRef, lines: ret.lines, reason: ret.reason ?? null, received: ret.received })
      .onConflictDoNothing({ target: [orderReturns.orderId, orderReturns.origin, orderReturns.returnRef] })
      .returning();
    if (row) {
      const items = ret.lines.map((l) => `${l.quantity} × ${l.sku}`).join(", ");
      await recordEvent(tx, tenantId, order.id, {
        kind: origin === "source" ? "return_announced" : "return_received",
        message: origin === "source" ? `The shop registered a return: ${items}.` : `The warehouse booked in a return: ${items}.`,
        detail: { returnRef: ret.returnRef, lines: ret.lines, reason: ret.reason },
      });
      return row;
    }
    const [existing] = await tx
      .select()
      .from(orderReturns)
      .where(and(eq(orderReturns.orderId, order.id), eq(orderReturns.origin, origin), eq(orderReturns.returnRef, ret.returnRef)));
    return existing!;
  });
}

function toWarehouseSkus(ret: Return, link: Link): Return {
  return { ...ret, lines: ret.lines.map((l) => ({ ...l, sku: mappedValue(link.mappings.skuMap, l.sku) ?? l.sku })) };
}

/**
 * Returns registered at the source (plentymarkets 9): stored once, announced to the warehouse
 * where it takes announcements (wemalo), once. The source keeps listing them, so each poll reads
 * from the start and skips what is already forwarded.
 */
export async function pollSourceReturns(tenantId: string, linkId: string, options: { maxPages?: number } = {}): Promise<ReturnsPollResult> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result: ReturnsPollResult = { stored: 0, forwarded: 0, unknown: 0, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "paused" };
  const source = await openSource(tenantId, link);
  const warehouse = await openWarehouse(tenantId, link);
  let cursor: string | null = null;
  for (let page = 0; page < (options.maxPages ?? 10); page++) {
    let listed;
    try {
      listed = await source.ops.listReturns(source.context, { cursor });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "return poll", error)) return { ...result, outcome: "exception" };
      throw error;
    }
    for (const ret of listed.items) {
      const order = await withTenant(tenantId, (tx) => findOrderBySourceRef(tx, linkId, ret.order.sourceRef ?? ""));
      if (!order) {
        result.unknown += 1;
        continue;
      }
      const row = await storeReturn(tenantId, order, "source", ret);
      if (row.forwardedAt) continue;
      result.stored += 1;
      const announce = warehouse.ops.announceReturn;
      let warehouseRef: string | undefined;
      if (announce) {
        try {
          warehouseRef = (await announce(warehouse.context, { ret: toWarehouseSkus({ ...ret, order: refOf(order) }, link) })).warehouseRef;
        } catch (error) {
          if (await failOrderOnPartnerError(tenantId, link, order, "Announcing the return to the warehouse", error)) continue;
          throw error;
        }
      }
      await withTenant(tenantId, async (tx) => {
        await tx.update(orderReturns).set({ forwardedAt: new Date() }).where(and(eq(orderReturns.id, row.id), isNull(orderReturns.forwardedAt)));
        await recordEvent(tx, tenantId, order.id, {
          kind: "return_forwarded",
          message: announce ? `The warehouse was told the return is coming (${warehouseRef}).` : "This warehouse takes no return announcements; it will report the return when it arrives.",
          detail: { returnRef: ret.returnRef, warehouseRef },
        });
      });
      result.forwarded += 1;
    }
    cursor = listed.nextCursor;
    if (!listed.hasMore) break;
  }
  return result;
}

/**
 * Returns the warehouse booked in since the cursor: stored once, the order marked returned, and
 * the source's return status set (plentymarkets returnHandledStatus, e.g. 9.01).
 */
export async function pollWarehouseReturns(tenantId: string, linkId: string, options: { maxPages?: number } = {}): Promise<ReturnsPollResult> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result: ReturnsPollResult = { stored: 0, forwarded: 0, unknown: 0, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "paused" };
  const warehouse = await openWarehouse(tenantId, link);
  const list = warehouse.ops.listReturns;
  if (!list) return result;
  const source = await openSource(tenantId, link);
  let cursor = await withTenant(tenantId, (tx) => readCursor(tx, linkId, "warehouse_returns"));
  for (let page = 0; page < (options.maxPages ?? 10); page++) {
    let listed;
    try {
      listed = await list(warehouse.context, { cursor });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "warehouse return poll", error)) return { ...result, outcome: "exception" };
      throw error;
    }
    for (const ret of listed.items) {
      const order = await withTenant(tenantId, (tx) => findOrderByNumber(tx, linkId, ret.order.orderNumber));
      if (!order) {
        result.unknown += 1;
        continue;
      }
      const row = await storeReturn(tenantId, order, "warehouse", ret);
      if (row.forwardedAt) continue;
      result.stored += 1;
      await withTenant(tenantId, async (tx) => {
        const [current] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id)).for("update");
        if (current && canMoveTo(current.status, "returned")) await tx.update(orders).set({ status: "returned", updatedAt: new Date() }).where(eq(orders.id, order.id));
      });
      if (source.ops.acknowledgeReturn) {
        try {
          // The source names the return by its own reference: the sales order (plentymarkets).
          await source.ops.acknowledgeReturn(source.context, { ret: { ...ret, returnRef: order.sourceRef, order: refOf(order) } });
        } catch (error) {
          if (await failOrderOnPartnerError(tenantId, link, order, "Setting the return status at the source", error)) continue;
          throw error;
        }
      }
      await withTenant(tenantId, async (tx) => {
        await tx.update(orderReturns).set({ forwardedAt: new Date() }).where(eq(orderReturns.id, row.id));
        await recordEvent(tx, tenantId, order.id, { kind: "return_reported", message: "The shop's return status was set.", detail: { returnRef: ret.returnRef } });
      });
      result.forwarded += 1;
    }
    cursor = listed.nextCursor;
    await withTenant(tenantId, (tx) => saveCursor(tx, tenantId, linkId, "warehouse_returns", cursor));
    if (!listed.hasMore) break;
  }
  return result;
}
