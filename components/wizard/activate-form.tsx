"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { activateAction } from "@/lib/actions/wizard-actions";

export function ActivateForm({ draftId }: { draftId: string }) {
  const [state, action] = useActionState(activateAction, idle);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="draftId" value={draftId} />
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <div>
        <SubmitButton size="lg" pendingText="Activating…">
          Activate link
        </SubmitButton>
      </div>
    </form>
  );
}
