"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { chooseConnectorAction } from "@/lib/actions/wizard-actions";

export interface ConnectorOption {
  id: string;
  label: string;
}

/** Step "choose": the systems the registry offers for this side, as radio cards. */
export function ConnectorChoice({ draftId, side, legend, options, chosen }: { draftId: string; side: "source" | "warehouse"; legend: string; options: ConnectorOption[]; chosen?: string }) {
  const [state, action] = useActionState(chooseConnectorAction, idle);
  const error = state.status === "error" ? (state.fieldErrors?.connectorId ?? state.message) : undefined;
  return (
    <form action={action} className="grid gap-4">
      <input type="hidden" name="draftId" value={draftId} />
      <input type="hidden" name="side" value={side} />
      <fieldset className="grid gap-3" aria-describedby={error ? "connector-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">{legend}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {options.map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-center gap-3 rounded-lg border border-border bg-background p-4 hover:bg-muted has-[:checked]:border-primary has-[:checked]:ring-2 has-[:checked]:ring-primary/30 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
            >
              <input type="radio" name="connectorId" value={option.id} defaultChecked={option.id === chosen} required className="size-4" />
              <span className="font-medium">{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {error ? (
        <Alert variant="error" id="connector-error">
          {error}
        </Alert>
      ) : null}
      <div>
        <SubmitButton pendingText="Saving…">Continue</SubmitButton>
      </div>
    </form>
  );
}
