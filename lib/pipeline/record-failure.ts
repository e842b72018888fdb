import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { errorMessage, errorSummary } from "./errors";
import { raiseException } from "./exceptions";
import { canMoveTo } from "./order-status";
import { recordEvent } from "./timeline";

/**
 * For an Inngest function's onFailure: retries ran out, so the order gets an exception a person
 * sees, with what failed last. Takes plain Errors (onFailure does not keep classes). An order
 * that is gone (deleted tenant) is ignored.
 */
export async function recordFailure(tenantId: string, orderId: string, error: unknown, step = "The background job"): Promise<{ recorded: boolean }> {
  return withTenant(tenantId, async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return { recorded: false };
    const message = `${step} gave up after several attempts: ${errorMessage(error)}`;
    const detail = { step, error: errorSummary(error) };
    const opened = await raiseException(tx, tenantId, { linkId: order.linkId, orderId, kind: "retries_exhausted", message, detail });
    await recordEvent(tx, tenantId, orderId, { kind: "retries_exhausted", message, detail });
    if (canMoveTo(order.status, "exception")) await tx.update(orders).set({ status: "exception", updatedAt: new Date() }).where(eq(orders.id, orderId));
    return { recorded: opened };
  });
}

/** onFailure of a link-wide job (intake, status poll): one open exception on the link. */
export async function recordLinkFailure(tenantId: string, linkId: string, error: unknown, job: string): Promise<{ recorded: boolean }> {
  return withTenant(tenantId, async (tx) => {
    const message = `${job} gave up after several attempts: ${errorMessage(error)}`;
    const opened = await raiseException(tx, tenantId, { linkId, kind: "retries_exhausted", message, detail: { job, error: errorSummary(error) } });
    return { recorded: opened };
  });
}
