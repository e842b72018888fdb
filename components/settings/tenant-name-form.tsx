"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { renameTenantAction } from "@/lib/actions/tenant-actions";

export function TenantNameForm({ name }: { name: string }) {
  const [state, action] = useActionState(renameTenantAction, idle);
  return (
    <form action={action} className="grid max-w-md gap-4" noValidate>
      {state.message ? <Alert variant={state.status === "error" ? "error" : "success"}>{state.message}</Alert> : null}
      <FormField label="Company name" name="name" required defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} />
      <div>
        <SubmitButton pendingText="Saving…">Save</SubmitButton>
      </div>
    </form>
  );
}
