import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders, type Link, type OrderRow } from "@/db/schema";
import type { SubmitOrderResult } from "@/lib/connectors";
import { loadLink } from "./links";
import { failOrderOnPartnerError, raiseOrderProblems } from "./order-exception";
import { loadOrder, refOf } from "./order-rows";
import { canMoveTo, orderStatusFor } from "./order-status";
import { openSource, openWarehouse } from "./open-link";
import { recordEvent, recordRetry } from "./timeline";
import { validateOrder } from "./validate-order";
import { applyStatusReport } from "./apply-changes";
import { submitCreatingUnknownProducts } from "@/lib/products/unknown-sku";

export interface SendOrderResult {
  outcome: "sent" | "already_sent" | "exception" | "paused" | "not_sendable";
  warehouseRef?: string;
  /** False when the warehouse already had the order (a retry after a crash). */
  created?: boolean;
  acknowledged?: boolean;
  exceptions?: string[];
}

/**
 * order.received: validate, hand to the warehouse, acknowledge at the source. Every step can be
 * repeated: the warehouse's submit is idempotent on the order number, so a crash after the
 * warehouse accepted and before we stored it resends and gets the same order back (created=false);
 * an order already sent only repeats the acknowledgement until that is stored.
 */
export async function sendOrder(tenantId: string, orderId: string): Promise<SendOrderResult> {
  const { order, link } = await withTenant(tenantId, async (tx) => {
    const order = await loadOrder(tx, orderId);
    return { order, link: await loadLink(tx, order.linkId) };
  });
  if (link.status !== "active") return { outcome: "paused" };
  if (order.status === "received") return submitAndAcknowledge(tenantId, link, order);
  if (order.warehouseRef && !order.acknowledgedAt && order.status !== "exception" && order.status !== "cancelled") {
    const acknowledged = await acknowledgeAtSource(tenantId, link, order);
    return { outcome: "already_sent", warehouseRef: order.warehouseRef, acknowledged };
  }
  if (order.warehouseRef) return { outcome: "already_sent", warehouseRef: order.warehouseRef, acknowledged: Boolean(order.acknowledgedAt) };
  return { outcome: "not_sendable" };
}

async function submitAndAcknowledge(tenantId: string, link: Link, order: OrderRow): Promise<SendOrderResult> {
  const checked = validateOrder(order.canonical, link.mappings);
  if (!checked.ok) {
    await raiseOrderProblems(tenantId, link, order, checked.problems);
    return { outcome: "exception", exceptions: checked.problems.map((p) => p.kind) };
  }

  const warehouse = await openWarehouse(tenantId, link);
  let result: SubmitOrderResult;
  try {
    const submit = () => warehouse.ops.submitOrder(warehouse.context, { order: checked.order, ...(checked.shippingCode ? { shippingCode: checked.shippingCode } : {}) });
    // An unknown SKU: created at the warehouse and sent again, or held, as the link says (lib/products).
    result = await submitCreatingUnknownProducts(tenantId, link, order, warehouse, submit);
  } catch (error) {
    const problem = await failOrderOnPartnerError(tenantId, link, order, "Sending to the warehouse", error);
    if (problem) return { outcome: "exception", exceptions: [problem.kind] };
    await recordRetry(tenantId, order.id, "send_failed", "The warehouse could not be reached; trying again.", error);
    throw error;
  }

  const sent = await withTenant(tenantId, async (tx) => {
    const current = await loadOrder(tx, order.id, { lock: true });
    if (current.status !== "received") return current;
    const next = orderStatusFor(result.status);
    const [updated] = await tx
      .update(orders)
      .set({
        status: next !== "exception" && canMoveTo("sent", next) ? next : "sent",
        warehouseRef: result.warehouseRef,
        warehouseStatus: result.status,
        sentAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(orders.id, order.id))
      .returning();
    await recordEvent(tx, tenantId, order.id, {
      kind: "sent",
      message: result.created ? `Handed to the warehouse as ${result.warehouseRef}.` : `The warehouse already had this order (${result.warehouseRef}); nothing was sent twice.`,
      detail: { warehouseRef: result.warehouseRef, created: result.created, status: result.status, shippingCode: checked.shippingCode },
    });
    return updated!;
  });

  const acknowledged = await acknowledgeAtSource(tenantId, link, sent);
  // The warehouse may hold the order at once (wemalo: address or stock). It has the order, so it
  // was acknowledged; the hold is then an exception, and the source's problem status (6.2 / 6.3)
  // is set after the hand-over status so it is the one the merchant sees.
  if (orderStatusFor(result.status) === "exception") {
    await applyStatusReport(tenantId, link, sent, { order: refOf(sent), status: result.status, partnerStatus: { code: result.status }, occurredAt: new Date().toISOString() });
  }
  return { outcome: "sent", warehouseRef: result.warehouseRef, created: result.created, acknowledged };
}

/** Moves the order on at the source (5 → 5.1), once; a repeat after a crash is harmless. */
async function acknowledgeAtSource(tenantId: string, link: Link, order: OrderRow): Promise<boolean> {
  const source = await openSource(tenantId, link);
  try {
    await source.ops.acknowledge(source.context, { order: refOf(order) });
  } catch (error) {
    const problem = await failOrderOnPartnerError(tenantId, link, order, "Acknowledging at the source", error);
    if (problem) return false;
    await recordRetry(tenantId, order.id, "acknowledge_failed", "The warehouse has the order; telling the source failed for now and will be tried again.", error);
    throw error;
  }
  await withTenant(tenantId, async (tx) => {
    await tx.update(orders).set({ acknowledgedAt: new Date(), updatedAt: new Date() }).where(eq(orders.id, order.id));
    await recordEvent(tx, tenantId, order.id, { kind: "acknowledged", message: "The source was told the warehouse has the order." });
  });
  return true;
}
