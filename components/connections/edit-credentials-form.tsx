"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { updateCredentialsAction } from "@/lib/actions/connection-actions";
import type { CredentialFieldDescriptor } from "@/lib/connectors";
import { CredentialFields } from "./credential-fields";

/** Credentials are write-only: secrets show "set" and an empty input that keeps them unless filled. */
export function EditCredentialsForm({ connectionId, fields, stored, canEdit }: { connectionId: string; fields: CredentialFieldDescriptor[]; stored: Record<string, unknown>; canEdit: boolean }) {
  const [state, action] = useActionState(updateCredentialsAction, idle);
  return (
    <form action={action} className="grid gap-5" noValidate>
      <input type="hidden" name="connectionId" value={connectionId} />
      <fieldset disabled={!canEdit} className="grid gap-5">
        <CredentialFields fields={fields} stored={stored} echo={state.values} errors={state.fieldErrors} idPrefix="edit" />
      </fieldset>
      <div aria-live="polite">
        {state.status === "error" ? (
          <Alert variant="error" className="grid gap-1">
            <strong>{state.message}</strong>
            {state.data?.detail ? <span>{state.data.detail}</span> : null}
          </Alert>
        ) : null}
        {state.status === "success" ? <Alert variant="success">{state.message}</Alert> : null}
      </div>
      {canEdit ? (
        <div>
          <SubmitButton pendingText="Saving and testing…">Save and test</SubmitButton>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">An owner or admin can change these.</p>
      )}
    </form>
  );
}
