"use client";

import { Plus } from "lucide-react";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { startWizardAction } from "@/lib/actions/wizard-actions";

export function StartWizardButton({ label = "Connect a shop to a warehouse" }: { label?: string }) {
  const [state, action] = useActionState(startWizardAction, idle);
  return (
    <form action={action} className="grid gap-2">
      <div>
        <SubmitButton pendingText="Starting…">
          <Plus aria-hidden /> {label}
        </SubmitButton>
      </div>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
