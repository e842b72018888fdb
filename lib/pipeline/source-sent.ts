import { and, asc, eq, inArray, isNotNull, notExists, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { exceptions, orders, type Link, type OrderStatus } from "@/db/schema";
import { handleLinkFailure } from "./link-failure";
import { failOrderOnPartnerError } from "./order-exception";
import { loadOrder, refOf } from "./order-rows";
import { canMoveTo } from "./order-status";
import { openSource, openWarehouse } from "./open-link";
import { recordEvent } from "./timeline";

export interface SourceSentResult {
  /** Open orders the source was asked about. */
  asked: number;
  /** Orders marked sent at the warehouse and settled here. */
  marked: string[];
  exceptions: number;
  outcome: "done" | "not_applicable" | "exception";
}

/**
 * Handed over and not yet shipped: worth asking whether the merchant shipped them at the source.
 * A cancellation under way is left to the cancel job.
 */
const waitingStatuses: OrderStatus[] = ["sent", "accepted", "picking", "partially_shipped"];

/** The step named on the exception when the warehouse refuses; such an order is not asked again until it is resolved. */
const STEP = "Marking the order sent in";

/**
 * Where the merchant may ship at the source too (Rackbeat → Webshipper, seed 002: "dispatch in
 * either system and the order in the other is marked sent"): asks the source which open orders
 * it shipped, and marks each sent at the warehouse (WarehouseOperations.markSent), once. The
 * order is then settled as shipped without tracking. An order the warehouse shipped itself is
 * not touched: the status poll settles it before this runs, and markSent leaves an order the
 * warehouse already dispatched alone.
 */
export async function markSourceShippedSent(tenantId: string, link: Link, options: { limit?: number } = {}): Promise<SourceSentResult> {
  const result: SourceSentResult = { asked: 0, marked: [], exceptions: 0, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "not_applicable" };
  const warehouse = await openWarehouse(tenantId, link);
  const markSent = warehouse.ops.markSent;
  if (!markSent) return { ...result, outcome: "not_applicable" };
  const source = await openSource(tenantId, link);
  const listShipped = source.ops.listShippedAtSource;
  if (!listShipped) return { ...result, outcome: "not_applicable" };

  const open = await withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.linkId, link.id),
          inArray(orders.status, waitingStatuses),
          isNotNull(orders.warehouseRef),
          // Refused before (the warehouse's next status report may have ended the exception status):
          // not asked again while that exception is open.
          notExists(
            tx
              .select({ one: sql`1` })
              .from(exceptions)
              .where(and(eq(exceptions.orderId, orders.id), eq(exceptions.status, "open"), sql`${exceptions.detail}->>'step' like ${`${STEP}%`}`)),
          ),
        ),
      )
      .orderBy(asc(orders.updatedAt))
      .limit(options.limit ?? 100),
  );
  if (open.length === 0) return result;
  let shipped;
  try {
    shipped = await listShipped(source.context, { orders: open.map(refOf) });
  } catch (error) {
    if (await handleLinkFailure(tenantId, link, `reading orders shipped in ${source.connector.label}`, error)) return { ...result, outcome: "exception" };
    throw error;
  }
  result.asked = open.length;
  const shippedRefs = new Set(shipped.map((r) => r.sourceRef));
  const where = warehouse.connector.label;
  for (const order of open.filter((o) => shippedRefs.has(o.sourceRef))) {
    let answer;
    try {
      answer = await markSent(warehouse.context, { order: refOf(order) });
    } catch (error) {
      if (await failOrderOnPartnerError(tenantId, link, order, `${STEP} ${where} (it was shipped in ${source.connector.label})`, error)) {
        result.exceptions += 1;
        continue;
      }
      throw error;
    }
    // Already sent or cancelled there: the warehouse's own report comes through the status poll.
    if (answer.outcome !== "marked") continue;
    const settled = await withTenant(tenantId, async (tx) => {
      const current = await loadOrder(tx, order.id, { lock: true });
      if (current.settledAt) return false;
      const now = new Date();
      const moves = canMoveTo(current.status, "shipped");
      if (!moves && current.status !== "shipped") return false;
      await tx
        .update(orders)
        .set({ status: "shipped", warehouseStatus: answer.partnerStatus ?? current.warehouseStatus, ...(moves ? { shippedAt: now } : {}), settledAt: now, updatedAt: now })
        .where(eq(orders.id, order.id));
      await recordEvent(tx, tenantId, order.id, {
        kind: "shipped",
        message: `Marked sent in ${where}: it was shipped in ${source.connector.label}.`,
        detail: { from: current.status, to: "shipped", origin: "source", partnerStatus: answer.partnerStatus, tracking: false },
      });
      return true;
    });
    if (settled) result.marked.push(order.id);
  }
  return result;
}
