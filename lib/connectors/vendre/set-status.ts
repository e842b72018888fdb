import type { SourceProblem } from "@/lib/connectors/types";
import type { OrderRef } from "@/lib/orders";
import type { VendreContext } from "./api";
import { updateOrderStatus } from "./orders-api";

/** Handed to the warehouse: ready → acknowledged, without a customer e-mail. Idempotent (same status twice changes nothing). */
export async function acknowledge(ctx: VendreContext, input: { order: OrderRef }): Promise<void> {
  await updateOrderStatus(ctx, input.order.sourceRef, { status: ctx.settings.acknowledgedStatus, notifyCustomer: false }, "acknowledge order");
}

/** Sets the problem status when one is configured; otherwise only Lagerbro shows it (Vendre has no documented problem status). */
export async function reportProblem(ctx: VendreContext, input: { order: OrderRef; problem: SourceProblem; message: string }): Promise<void> {
  ctx.log.info("Vendre order flagged", { orderId: input.order.sourceRef, problem: input.problem, message: input.message });
  if (ctx.settings.problemStatus === undefined) return;
  await updateOrderStatus(ctx, input.order.sourceRef, { status: ctx.settings.problemStatus, notifyCustomer: false, comment: input.message }, `report ${input.problem} problem`);
}
