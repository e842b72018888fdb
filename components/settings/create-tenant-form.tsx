"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { createTenantAction } from "@/lib/actions/tenant-actions";

export function CreateTenantForm() {
  const [state, action] = useActionState(createTenantAction, idle);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <FormField label="Company name" name="name" required autoComplete="organization" defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <SubmitButton pendingText="Creating…">Create team</SubmitButton>
    </form>
  );
}
