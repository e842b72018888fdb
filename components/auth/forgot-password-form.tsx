"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { forgotPasswordAction } from "@/lib/actions/auth-actions";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, idle);
  if (state.status === "success") return <Alert variant="success">{state.message}</Alert>;
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <FormField label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
    </form>
  );
}
