"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { CredentialFields } from "@/components/connections/credential-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { testCredentialsAction } from "@/lib/actions/wizard-actions";
import type { CredentialFieldDescriptor } from "@/lib/connectors";

export interface CredentialsStepFormProps {
  draftId: string;
  side: "source" | "warehouse";
  partner: string;
  fields: CredentialFieldDescriptor[];
  stored?: Record<string, unknown>;
  /** The stored connection passed its test already (a resumed setup). */
  testedAs?: string;
  lastError?: string | null;
  nextHref: string;
}

/** Step "credentials": the connector's own fields, saved and tested in one press. */
export function CredentialsStepForm({ draftId, side, partner, fields, stored, testedAs, lastError, nextHref }: CredentialsStepFormProps) {
  const [state, action] = useActionState(testCredentialsAction, idle);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") result.current?.focus();
  }, [state]);
  const passed = state.status === "success" || (state.status === "idle" && Boolean(testedAs));
  return (
    <form action={action} className="grid gap-5" noValidate>
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="side" value={side} />
      <CredentialFields fields={fields} stored={stored} echo={state.values} errors={state.fieldErrors} idPrefix={`${side}-cred`} />
      <div ref={result} tabIndex={-1} className="grid gap-3 outline-none" aria-live="polite">
        {state.status === "error" ? (
          <Alert variant="error" className="grid gap-1" data-testid="test-failure">
            <strong>{state.message}</strong>
            {state.data?.detail ? <span>{state.data.detail}</span> : null}
          </Alert>
        ) : null}
        {state.status === "idle" && !testedAs && lastError ? (
          <Alert variant="error">The last test failed: {lastError}</Alert>
        ) : null}
        {passed ? (
          <Alert variant="success" data-testid="test-success">
            {state.status === "success" ? state.message : `Tested: connected as ${testedAs}.`} Lagerbro read what {partner} offers for the mappings.
          </Alert>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant={passed ? "outline" : "default"} pendingText={`Testing the connection to ${partner}…`}>
          {passed ? "Save and test again" : "Save and test connection"}
        </SubmitButton>
        {passed ? (
          <Button asChild>
            <Link href={nextHref}>Continue</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
