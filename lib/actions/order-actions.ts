"use server";

import { revalidatePath } from "next/cache";
import { requestResend, requestRetry } from "@/lib/controls/order-controls";
import { UserError } from "@/lib/errors/user-error";
import { retryExceptions } from "@/lib/exceptions-inbox/retry-exceptions";
import { findOrderStatus } from "@/lib/orders-query/order-exists";
import { orderActionsFor, type OrderActions } from "@/lib/orders-query/order-actions";
import { requestCancellation } from "@/lib/pipeline/cancel";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runTenantAction } from "./run-action";

/** The order, when it is the tenant's and the button still applies to its status. */
async function orderFor(tenantId: string, formData: FormData, action: keyof OrderActions): Promise<string> {
  const orderId = text(formData, "orderId");
  const status = await findOrderStatus(tenantId, orderId);
  if (!status) throw new UserError("That order does not exist in this team.");
  if (!orderActionsFor(status)[action]) throw new UserError(`This order can no longer be ${action === "cancel" ? "cancelled" : action === "retry" ? "retried" : "sent again"}: it is ${status.replaceAll("_", " ")}.`);
  return orderId;
}

function refresh(orderId?: string) {
  if (orderId) revalidatePath(`/orders/${orderId}`);
  revalidatePath("/orders");
  revalidatePath("/exceptions");
  revalidatePath("/");
}

export async function retryOrderAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const orderId = await orderFor(tenant.id, formData, "retry");
    await requestRetry(tenant.id, orderId, user.id);
    refresh(orderId);
    return { status: "success", message: "Retry requested. The order goes to the warehouse again in a moment." };
  });
}

export async function resendOrderAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const orderId = await orderFor(tenant.id, formData, "resend");
    await requestResend(tenant.id, orderId, user.id);
    refresh(orderId);
    return { status: "success", message: "Sending again. The warehouse keeps one order per order number, so nothing is doubled." };
  });
}

export async function cancelOrderAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant }) => {
    const orderId = await orderFor(tenant.id, formData, "cancel");
    const reason = text(formData, "reason").trim().slice(0, 200);
    const { requested } = await requestCancellation(tenant.id, orderId, reason || undefined);
    refresh(orderId);
    return requested
      ? { status: "success", message: "Cancellation requested. The timeline shows the warehouse's answer." }
      : { status: "success", message: "A cancellation was already requested for this order." };
  });
}

export async function retryExceptionsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant, user }) => {
    const ids = formData.getAll("exceptionId").filter((v): v is string => typeof v === "string");
    if (ids.length === 0) throw new UserError("Choose at least one problem to retry.");
    const { requested } = await retryExceptions(tenant.id, ids, user.id);
    refresh();
    if (requested === 0) return { status: "error", message: "None of the chosen problems can be retried (they are fixed already, or not tied to an order)." };
    return { status: "success", message: `Retry requested for ${requested} order${requested === 1 ? "" : "s"}.` };
  });
}
