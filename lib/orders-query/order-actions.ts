import type { OrderStatus } from "@/db/schema";

export interface OrderActions {
  /** Send again after the cause of an exception was fixed. */
  retry: boolean;
  /** Hand an order that is stuck before the warehouse to order-send again. */
  resend: boolean;
  /** Ask the warehouse to cancel (it may answer that it has already started). */
  cancel: boolean;
}

const cancellable: readonly OrderStatus[] = ["received", "exception", "sent", "accepted", "picking"];

/** Which of the merchant's buttons make sense for an order in this status. */
export function orderActionsFor(status: OrderStatus): OrderActions {
  return {
    retry: status === "exception",
    resend: status === "received",
    cancel: cancellable.includes(status),
  };
}
