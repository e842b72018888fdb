"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { signUpAction } from "@/lib/actions/auth-actions";

/** Sign-up for a new company, or (with an invitation) into the inviting team. */
export function SignUpForm({ invitation }: { invitation?: { token: string; email: string; tenantName: string } }) {
  const [state, action] = useActionState(signUpAction, idle);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4" noValidate>
      {state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <FormField label="Your name" name="name" autoComplete="name" required defaultValue={state.values?.name} error={errors.name} />
      {invitation ? (
        <>
          <input type="hidden" name="inviteToken" value={invitation.token} />
          <FormField label="E-mail" name="email" type="email" readOnly value={invitation.email} error={errors.email} help="The invitation was sent to this address." />
        </>
      ) : (
        <>
          <FormField label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={errors.email} />
          <FormField
            label="Company"
            name="company"
            autoComplete="organization"
            required
            defaultValue={state.values?.company}
            error={errors.company}
            help="Your team in Lagerbro. You can invite colleagues later."
          />
        </>
      )}
      <FormField label="Password" name="password" type="password" autoComplete="new-password" required error={errors.password} help="At least 10 characters." />
      <SubmitButton pendingText="Creating your account…">{invitation ? `Join ${invitation.tenantName}` : "Create account"}</SubmitButton>
      {invitation ? null : (
        <p className="text-center text-sm text-muted-foreground">
          Already have an account? <Link className="underline" href="/sign-in">Sign in</Link>
        </p>
      )}
    </form>
  );
}
