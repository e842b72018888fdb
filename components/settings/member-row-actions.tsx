"use client";

import { AlertDialog } from "radix-ui";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/lib/actions/tenant-actions";

export function MemberRoleSelect({ userId, role, label, roles }: { userId: string; role: string; label: string; roles: string[] }) {
  const [state, action] = useActionState(changeMemberRoleAction, idle);
  useActionToast(state);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <NativeSelect name="role" defaultValue={role} aria-label={`Role of ${label}`} className="w-32">
        {roles.map((r) => (
          <option key={r} value={r}>
            {r[0]!.toUpperCase() + r.slice(1)}
          </option>
        ))}
      </NativeSelect>
      <SubmitButton variant="outline" size="sm">
        Change
      </SubmitButton>
    </form>
  );
}

export function RemoveMemberButton({ userId, label }: { userId: string; label: string }) {
  const [state, action] = useActionState(removeMemberAction, idle);
  useActionToast(state);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="ghost" size="sm" className="text-destructive">
          Remove
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 z-50 grid w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 gap-4 rounded-lg bg-card p-6 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">Remove {label}?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-muted-foreground">
            They lose access to this team at once. Their account stays, and you can invite them again later.
          </AlertDialog.Description>
          <form action={action} className="flex justify-end gap-2">
            <input type="hidden" name="userId" value={userId} />
            <AlertDialog.Cancel asChild>
              <Button variant="outline" type="button">
                Cancel
              </Button>
            </AlertDialog.Cancel>
            <SubmitButton variant="destructive">Remove</SubmitButton>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function RevokeInvitationButton({ invitationId }: { invitationId: string }) {
  const [state, action] = useActionState(revokeInvitationAction, idle);
  useActionToast(state);
  return (
    <form action={action}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <SubmitButton variant="ghost" size="sm">
        Withdraw
      </SubmitButton>
    </form>
  );
}
