"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { acceptInvitationAction } from "@/lib/actions/tenant-actions";

export function AcceptInvitationForm({ token, tenantName }: { token: string; tenantName: string }) {
  const [state, action] = useActionState(acceptInvitationAction, idle);
  const problem = state.message ?? Object.values(state.fieldErrors ?? {})[0];
  return (
    <form action={action} className="grid gap-4">
      {problem ? <Alert variant="error">{problem}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Joining…">Join {tenantName}</SubmitButton>
    </form>
  );
}
