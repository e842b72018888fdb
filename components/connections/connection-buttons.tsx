"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { deleteConnectionAction, testConnectionAction } from "@/lib/actions/connection-actions";

export function TestConnectionButton({ connectionId }: { connectionId: string }) {
  const [state, action] = useActionState(testConnectionAction, idle);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="connectionId" value={connectionId} />
      <div>
        <SubmitButton variant="outline" pendingText="Testing…">
          Test again
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {state.status === "error" ? (
          <Alert variant="error" className="grid gap-1">
            <strong>{state.message}</strong>
            {state.data?.detail ? <span>{state.data.detail}</span> : null}
          </Alert>
        ) : null}
        {state.status === "success" ? <Alert variant="success">{state.message}</Alert> : null}
      </div>
    </form>
  );
}

export function DeleteConnectionButton({ connectionId, label, usedBy }: { connectionId: string; label: string; usedBy: string[] }) {
  const [state, action] = useActionState(deleteConnectionAction, idle);
  useActionToast(state);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="destructive" size="sm">
          Delete connection
        </Button>
      }
      title={`Delete “${label}”?`}
      description={
        usedBy.length ? (
          <p>
            The link {usedBy.map((n) => `“${n}”`).join(", ")} uses it: delete that link first.
          </p>
        ) : (
          <p>Its saved login and request log are deleted. Nothing changes in the partner system.</p>
        )
      }
    >
      <form action={action}>
        <input type="hidden" name="connectionId" value={connectionId} />
        <SubmitButton variant="destructive" disabled={usedBy.length > 0}>
          Delete
        </SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
