"use client";

import { Pause, Play } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { deleteLinkAction, pauseLinkAction, resumeLinkAction } from "@/lib/actions/link-actions";

export function PauseResumeButton({ linkId, status }: { linkId: string; status: "active" | "paused" }) {
  const [state, action] = useActionState(status === "active" ? pauseLinkAction : resumeLinkAction, idle);
  useActionToast(state);
  return (
    <form action={action}>
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton variant="outline" pendingText={status === "active" ? "Pausing…" : "Resuming…"}>
        {status === "active" ? (
          <>
            <Pause aria-hidden /> Pause link
          </>
        ) : (
          <>
            <Play aria-hidden /> Resume link
          </>
        )}
      </SubmitButton>
    </form>
  );
}

export function DeleteLinkButton({ linkId, name, orders }: { linkId: string; name: string; orders: number }) {
  const [state, action] = useActionState(deleteLinkAction, idle);
  useActionToast(state);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" size="sm">
          Delete link
        </Button>
      }
      title={`Delete “${name}”?`}
      description={
        <>
          <p>Lagerbro stops carrying orders between these two systems at once.</p>
          <p>
            {orders > 0 ? `The history of its ${orders} order${orders === 1 ? "" : "s"} in Lagerbro is deleted too. ` : ""}
            Orders already at the warehouse stay there, and both connections stay.
          </p>
        </>
      }
    >
      <form action={action}>
        <input type="hidden" name="linkId" value={linkId} />
        <SubmitButton variant="destructive">Delete link</SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
