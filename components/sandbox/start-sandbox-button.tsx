"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { startSandboxAction } from "@/lib/actions/sandbox-actions";

export function StartSandboxButton() {
  const [state, action] = useActionState(startSandboxAction, idle);
  return (
    <form action={action} className="grid gap-2">
      <div>
        <SubmitButton pendingText="Setting up the sandbox…">Try it with the sandbox</SubmitButton>
      </div>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
    </form>
  );
}
