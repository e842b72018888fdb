"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { inviteMemberAction } from "@/lib/actions/tenant-actions";
import { CopyField } from "./copy-field";

export function InviteForm({ canInviteOwner }: { canInviteOwner: boolean }) {
  const [state, action] = useActionState(inviteMemberAction, idle);
  return (
    <div className="grid gap-4">
      <form action={action} className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start" noValidate>
        <FormField label="E-mail of the person to invite" name="email" type="email" required defaultValue={state.status === "error" ? state.values?.email : ""} error={state.fieldErrors?.email} />
        <div className="grid gap-1.5">
          <Label htmlFor="invite-role">Role</Label>
          <NativeSelect id="invite-role" name="role" defaultValue={state.values?.role ?? "member"} aria-invalid={state.fieldErrors?.role ? true : undefined}>
            <option value="member">Member</option>
            <option value="admin">Admin</option>
            {canInviteOwner ? <option value="owner">Owner</option> : null}
          </NativeSelect>
          {state.fieldErrors?.role ? <p className="text-xs font-medium text-destructive">{state.fieldErrors.role}</p> : null}
        </div>
        <SubmitButton className="sm:mt-5" pendingText="Inviting…">Create invitation</SubmitButton>
      </form>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      {state.status === "success" && state.data?.link ? (
        <Alert variant="success" className="grid gap-2">
          <span>{state.message}</span>
          <CopyField label="Invitation link" value={state.data.link} />
        </Alert>
      ) : null}
    </div>
  );
}
