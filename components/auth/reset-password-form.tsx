"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { resetPasswordAction } from "@/lib/actions/auth-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idle);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <FormField label="New password" name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} help="At least 10 characters." />
      <FormField label="Repeat the new password" name="confirm" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirm} />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
