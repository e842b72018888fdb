"use client";

import { AlertDialog } from "radix-ui";
import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { cancelOrderAction, resendOrderAction, retryOrderAction } from "@/lib/actions/order-actions";
import type { OrderActions } from "@/lib/orders-query/order-actions";

/** The merchant's buttons on the order page; each goes through the pipeline's events. */
export function OrderActionButtons({ orderId, orderNumber, actions }: { orderId: string; orderNumber: string; actions: OrderActions }) {
  if (!actions.retry && !actions.resend && !actions.cancel) {
    return <p className="text-sm text-muted-foreground">Nothing to do: this order needs no action.</p>;
  }
  return (
    <div className="flex flex-wrap gap-2">
      {actions.retry ? <SimpleAction orderId={orderId} action={retryOrderAction} label="Retry" pending="Requesting retry…" /> : null}
      {actions.resend ? <SimpleAction orderId={orderId} action={resendOrderAction} label="Send again" pending="Requesting…" variant="outline" /> : null}
      {actions.cancel ? <CancelOrder orderId={orderId} orderNumber={orderNumber} /> : null}
    </div>
  );
}

function SimpleAction({ orderId, action, label, pending, variant }: { orderId: string; action: typeof retryOrderAction; label: string; pending: string; variant?: "outline" }) {
  const [state, run] = useActionState(action, idle);
  useActionToast(state);
  return (
    <form action={run}>
      <input type="hidden" name="orderId" value={orderId} />
      <SubmitButton variant={variant} pendingText={pending}>
        {label}
      </SubmitButton>
    </form>
  );
}

function CancelOrder({ orderId, orderNumber }: { orderId: string; orderNumber: string }) {
  const [state, run] = useActionState(cancelOrderAction, idle);
  const [open, setOpen] = useState(false);
  useActionToast(state);
  useEffect(() => {
    if (state.status === "success") setOpen(false);
  }, [state]);
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant="outline" className="text-destructive">
          Cancel order
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg bg-card p-6 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">Cancel order {orderNumber}?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            Lagerbro asks the warehouse to cancel it. If the warehouse has already started picking, it says so here and the order stays as it is.
          </AlertDialog.Description>
          <form action={run} className="grid gap-4">
            {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
            <input type="hidden" name="orderId" value={orderId} />
            <FormField label="Reason (optional)" name="reason" maxLength={200} help="Shown on the order's timeline." />
            <div className="flex justify-end gap-2">
              <AlertDialog.Cancel asChild>
                <Button variant="outline" type="button">
                  Keep the order
                </Button>
              </AlertDialog.Cancel>
              <SubmitButton variant="destructive" pendingText="Cancelling…">
                Cancel order
              </SubmitButton>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
