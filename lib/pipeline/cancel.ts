import { eq } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { orders, type Link, type OrderRow, type OrderStatus } from "@/db/schema";
import type { CancellationResult } from "@/lib/orders";
import { isPartnerError } from "@/lib/http/errors";
import { enqueue } from "@/lib/outbox/enqueue";
import { PIPELINE_EVENTS, type CancelRequestedData } from "./events";
import { raiseException, resolveOrderExceptions } from "./exceptions";
import { handleLinkFailure } from "./link-failure";
import { loadLink } from "./links";
import { failOrderOnPartnerError } from "./order-exception";
import { findOrderBySourceRef, loadOrder, refOf } from "./order-rows";
import { openSource, openWarehouse } from "./open-link";
import { recordEvent, recordRetry } from "./timeline";

type Origin = CancelRequestedData["origin"];

/** Not started at the warehouse as far as we know: the request is held as cancel_requested. */
const holdable: readonly OrderStatus[] = ["received", "exception", "sent", "accepted"];

/**
 * Records a cancellation request on the order and announces it (order.cancel_requested), once
 * per order and origin, in one transaction.
 */
async function recordCancelRequest(tx: Tx, tenantId: string, order: OrderRow, origin: Origin, reason?: string): Promise<boolean> {
  const current = await loadOrder(tx, order.id, { lock: true });
  if (current.status === "cancelled") return false;
  const data: CancelRequestedData = { tenantId, linkId: current.linkId, orderId: current.id, origin, ...(reason ? { reason } : {}) };
  const fresh = await enqueue(tx, tenantId, { name: PIPELINE_EVENTS.cancelRequested, data, key: `order.cancel_requested:${current.id}:${origin}` });
  if (!fresh) return false;
  if (holdable.includes(current.status)) {
    await tx.update(orders).set({ status: "cancel_requested", updatedAt: new Date() }).where(eq(orders.id, current.id));
  }
  await recordEvent(tx, tenantId, current.id, {
    kind: "cancel_requested",
    message: origin === "source" ? "The shop cancelled the order." : "Cancellation requested in Lagerbro.",
    detail: { origin, reason, previousStatus: current.status },
  });
  return true;
}

/** The merchant's cancel button. */
export async function requestCancellation(tenantId: string, orderId: string, reason?: string): Promise<{ requested: boolean }> {
  return withTenant(tenantId, async (tx) => ({ requested: await recordCancelRequest(tx, tenantId, await loadOrder(tx, orderId), "merchant", reason) }));
}

/**
 * Cancellations at the source (plentymarkets 8 / 8.1) that were not handled yet. The source keeps
 * listing them until acknowledged, so every poll reads the whole list from the start; an order
 * already announced is not announced again. Orders this link never took in are left alone.
 */
export async function pollSourceCancellations(tenantId: string, linkId: string, options: { maxPages?: number } = {}) {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result = { requested: [] as string[], alreadyRequested: 0, unknown: 0, outcome: "done" as "done" | "paused" | "exception" };
  if (link.status !== "active") return { ...result, outcome: "paused" as const };
  const source = await openSource(tenantId, link);
  let cursor: string | null = null;
  for (let page = 0; page < (options.maxPages ?? 10); page++) {
    let listed;
    try {
      listed = await source.ops.listCancellations(source.context, { cursor });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "cancellation poll", error)) return { ...result, outcome: "exception" as const };
      throw error;
    }
    for (const cancellation of listed.items) {
      const fresh = await withTenant(tenantId, async (tx) => {
        const order = await findOrderBySourceRef(tx, linkId, cancellation.order.sourceRef);
        if (!order) return undefined;
        return (await recordCancelRequest(tx, tenantId, order, "source", cancellation.reason)) ? order.id : null;
      });
      if (fresh === undefined) result.unknown += 1;
      else if (fresh === null) result.alreadyRequested += 1;
      else result.requested.push(fresh);
    }
    cursor = listed.nextCursor;
    if (!listed.hasMore) break;
  }
  return result;
}

export interface CancelOrderResult {
  outcome: CancellationResult["outcome"] | "exception";
  /** True when the source was told what became of its cancellation. */
  acknowledgedAtSource: boolean;
}

async function markCancelled(tenantId: string, orderId: string, message: string, detail: Record<string, unknown>): Promise<void> {
  await withTenant(tenantId, async (tx) => {
    const now = new Date();
    await tx.update(orders).set({ status: "cancelled", cancelledAt: now, settledAt: now, updatedAt: now }).where(eq(orders.id, orderId));
    await resolveOrderExceptions(tx, orderId);
    await recordEvent(tx, tenantId, orderId, { kind: "cancelled", message, detail });
  });
}

async function tellSource(tenantId: string, link: Link, order: OrderRow, result: CancellationResult): Promise<boolean> {
  const source = await openSource(tenantId, link);
  try {
    await source.ops.acknowledgeCancellation(source.context, { order: refOf(order), result });
  } catch (error) {
    if (await failOrderOnPartnerError(tenantId, link, order, "Telling the source about the cancellation", error)) return false;
    await recordRetry(tenantId, order.id, "cancel_acknowledge_failed", "Telling the shop about the cancellation failed for now; trying again.", error);
    throw error;
  }
  await withTenant(tenantId, (tx) =>
    recordEvent(tx, tenantId, order.id, { kind: "cancel_acknowledged", message: `The shop was told: ${result.outcome.replace("_", " ")}.`, detail: { ...result } }),
  );
  return true;
}

/**
 * order.cancel_requested: cancel at the warehouse while it has not started. "too_late" is said
 * out loud (an exception "the warehouse has already started"), never dropped. A cancellation
 * from the source is acknowledged there (plentymarkets 8 → 8.8, or the too-late status).
 */
export async function cancelOrder(tenantId: string, orderId: string, origin: Origin): Promise<CancelOrderResult> {
  const { order, link } = await withTenant(tenantId, async (tx) => {
    const order = await loadOrder(tx, orderId);
    return { order, link: await loadLink(tx, order.linkId) };
  });
  let result: CancellationResult;
  if (order.status === "cancelled") {
    result = { outcome: "already_cancelled" };
  } else if (!order.warehouseRef && !order.sentAt) {
    result = { outcome: "cancelled", message: "The order had not reached the warehouse." };
    await markCancelled(tenantId, order.id, "Cancelled before it reached the warehouse.", { origin });
  } else {
    const warehouse = await openWarehouse(tenantId, link);
    try {
      result = await warehouse.ops.cancelOrder(warehouse.context, { order: refOf(order), reason: origin === "source" ? "Cancelled in the shop" : "Cancelled by the merchant" });
    } catch (error) {
      if (!isPartnerError(error) || error.kind === "transient") {
        await recordRetry(tenantId, order.id, "cancel_failed", "The warehouse could not be reached to cancel; trying again.", error);
        throw error;
      }
      await failOrderOnPartnerError(tenantId, link, order, "Cancelling at the warehouse", error);
      return { outcome: "exception", acknowledgedAtSource: false };
    }
    if (result.outcome === "too_late") {
      const message = "The warehouse has already started on this order, so it could not be cancelled. Stop the parcel with the carrier or handle it as a return.";
      await withTenant(tenantId, async (tx) => {
        await raiseException(tx, tenantId, { linkId: link.id, orderId: order.id, kind: "warehouse_started", message, detail: { origin, warehouse: result.message } });
        const current = await loadOrder(tx, order.id, { lock: true });
        if (current.status === "cancel_requested") await tx.update(orders).set({ status: "picking", updatedAt: new Date() }).where(eq(orders.id, order.id));
        await recordEvent(tx, tenantId, order.id, { kind: "cancel_too_late", message, detail: { origin, warehouse: result.message } });
      });
    } else {
      await markCancelled(tenantId, order.id, `Cancelled at the warehouse (${result.outcome.replace("_", " ")}).`, { origin, ...result });
    }
  }
  const acknowledgedAtSource = origin === "source" ? await tellSource(tenantId, link, order, result) : false;
  return { outcome: result.outcome, acknowledgedAtSource };
}
