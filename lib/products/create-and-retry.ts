import { withTenant } from "@/db";
import { UserError } from "@/lib/errors/user-error";
import { loadLink } from "@/lib/pipeline/links";
import { loadOrder } from "@/lib/pipeline/order-rows";
import { retryOrder } from "@/lib/pipeline/retry-order";
import { recordEvent } from "@/lib/pipeline/timeline";
import { createOrderProducts } from "./order-products";

export interface CreateProductAndRetryResult {
  /** SKUs the warehouse now has. */
  created: string[];
  /** SKUs the warehouse still refused, with its reason (the order stays held). */
  rejected: Array<{ sku: string; reason: string }>;
  /** The order was announced for a retry. */
  retried: boolean;
}

/**
 * The problems inbox's "create product and retry": creates the order's products at the
 * warehouse (as the shop describes them), then retries the order, which closes its exceptions.
 * When the warehouse refuses a product the order stays held and the reason is on its timeline.
 */
export async function createProductAndRetry(tenantId: string, orderId: string, userId?: string): Promise<CreateProductAndRetryResult> {
  const { order, link } = await withTenant(tenantId, async (tx) => {
    const order = await loadOrder(tx, orderId).catch(() => undefined);
    if (!order) throw new UserError("This order does not exist (any more).");
    return { order, link: await loadLink(tx, order.linkId) };
  }, userId);
  if (order.status !== "exception" && order.status !== "received") throw new UserError("Only an order that waits can be retried; this one has moved on.");
  const { created, rejected } = await createOrderProducts(tenantId, link, order);
  if (rejected.length > 0) {
    await withTenant(tenantId, (tx) =>
      recordEvent(tx, tenantId, order.id, {
        kind: "products_created",
        message: `Creating the articles at the warehouse failed for ${rejected.map((r) => `${r.sku} (${r.reason})`).join(", ")}; the order still waits.`,
        detail: { created, rejected, by: userId },
      }),
    );
    return { created, rejected, retried: false };
  }
  await withTenant(tenantId, (tx) =>
    recordEvent(tx, tenantId, order.id, { kind: "products_created", message: `Created ${created.join(", ")} at the warehouse.`, detail: { created, by: userId } }),
  );
  const { retried } = await retryOrder(tenantId, orderId, userId ? { by: userId } : {});
  return { created, rejected, retried };
}
