"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { revokeApiKeyAction } from "@/lib/actions/api-key-actions";

export function RevokeApiKeyButton({ keyId, name }: { keyId: string; name: string }) {
  const [state, action] = useActionState(revokeApiKeyAction, idle);
  useActionToast(state);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="text-destructive">
          Revoke
        </Button>
      }
      title={`Revoke "${name}"?`}
      description="Every call with this key is refused from the next request on. This cannot be undone; create a new key for the shop instead."
    >
      <form action={action}>
        <input type="hidden" name="keyId" value={keyId} />
        <SubmitButton variant="destructive">Revoke key</SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
