"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { updateProfileAction } from "@/lib/actions/account-actions";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const [state, action] = useActionState(updateProfileAction, idle);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      {state.message ? <Alert variant={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      <FormField label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} />
      <FormField label="E-mail" name="email" readOnly value={email} help="Your sign-in address." />
      <div>
        <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
      </div>
    </form>
  );
}
