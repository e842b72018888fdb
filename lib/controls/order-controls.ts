import { randomUUID } from "node:crypto";
import { withTenant } from "@/db";
import { enqueue } from "@/lib/outbox/enqueue";
import { loadOrder } from "@/lib/pipeline/order-rows";

/**
 * The merchant's retry and resend buttons: each only announces the request (outbox), and the
 * order-retry function does the work, so a click is never lost and never goes around the
 * pipeline. Cancelling is lib/pipeline's requestCancellation (order.cancel_requested).
 */
async function request(name: "order.retry.requested" | "order.resend.requested", tenantId: string, orderId: string, userId?: string): Promise<void> {
  await withTenant(tenantId, async (tx) => {
    const order = await loadOrder(tx, orderId);
    await enqueue(tx, tenantId, {
      name,
      data: { tenantId, linkId: order.linkId, orderId, ...(userId ? { requestedBy: userId } : {}) },
      key: `${name}:${orderId}:${randomUUID()}`,
    });
  }, userId);
}

export function requestRetry(tenantId: string, orderId: string, userId?: string): Promise<void> {
  return request("order.retry.requested", tenantId, orderId, userId);
}

export function requestResend(tenantId: string, orderId: string, userId?: string): Promise<void> {
  return request("order.resend.requested", tenantId, orderId, userId);
}
