"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { discardDraftAction } from "@/lib/actions/wizard-actions";

export function DiscardDraftButton({ draftId }: { draftId: string }) {
  const [state, action] = useActionState(discardDraftAction, idle);
  useActionToast(state);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm">
          Discard
        </Button>
      }
      title="Discard this setup?"
      description={<p>The steps you saved are forgotten. Connections you tested stay under Connections.</p>}
    >
      <form action={action}>
        <input type="hidden" name="draftId" value={draftId} />
        <SubmitButton variant="destructive">Discard</SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
