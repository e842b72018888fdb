"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { createApiKeyAction } from "@/lib/actions/api-key-actions";
import { CopyField } from "../copy-field";

export function CreateApiKeyForm() {
  const [state, action] = useActionState(createApiKeyAction, idle);
  return (
    <div className="grid gap-4">
      <form action={action} className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-start" noValidate>
        <FormField
          label="Name"
          name="name"
          required
          maxLength={100}
          placeholder="e.g. Vendre shop"
          help="Which shop or system uses this key."
          defaultValue={state.status === "error" ? state.values?.name : ""}
          error={state.fieldErrors?.name}
        />
        <SubmitButton className="sm:mt-5" pendingText="Creating…">
          Create key
        </SubmitButton>
      </form>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      {state.status === "success" && state.data?.key ? (
        <Alert variant="success" className="grid gap-2">
          <span>{state.message}</span>
          <CopyField label="API key" value={state.data.key} copiedMessage="Key copied" testId="api-key" />
        </Alert>
      ) : null}
    </div>
  );
}
