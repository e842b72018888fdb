"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { changePasswordAction } from "@/lib/actions/account-actions";

export function PasswordForm() {
  const [state, action] = useActionState(changePasswordAction, idle);
  const errors = state.fieldErrors ?? {};
  return (
    // The key resets the inputs after a successful change.
    <form key={state.status === "success" ? Date.now() : "form"} action={action} className="grid max-w-md gap-4" noValidate>
      {state.message ? <Alert variant={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <FormField label="New password" name="newPassword" type="password" autoComplete="new-password" required error={errors.newPassword} help="At least 10 characters." />
      <FormField label="Repeat the new password" name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      <div>
        <SubmitButton pendingText="Changing…">Change password</SubmitButton>
      </div>
    </form>
  );
}
