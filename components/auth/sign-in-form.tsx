"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { signInAction } from "@/lib/actions/auth-actions";

export function SignInForm({ next, notice }: { next?: string; notice?: string }) {
  const [state, action] = useActionState(signInAction, idle);
  return (
    <form action={action} className="grid gap-4" noValidate>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      {state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <input type="hidden" name="next" value={next ?? "/"} />
      <FormField label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        <Link className="underline" href="/forgot-password">Forgot your password?</Link>
        {" · "}
        <Link className="underline" href="/sign-up">Create an account</Link>
      </p>
    </form>
  );
}
