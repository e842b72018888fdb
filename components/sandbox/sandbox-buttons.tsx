"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { commandSandboxWarehouseAction, createSandboxOrdersAction, moveSandboxOrdersAction } from "@/lib/actions/sandbox-actions";
import type { ComponentProps } from "react";

function ActionButton({ action, children, pendingText, fields, variant, label }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; children: React.ReactNode; pendingText: string; fields?: Record<string, string>; variant?: ComponentProps<typeof SubmitButton>["variant"]; label?: string }) {
  const [state, formAction] = useActionState(action, idle);
  useActionToast(state);
  return (
    <form action={formAction} className="inline">
      {Object.entries(fields ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant} size="sm" pendingText={pendingText} aria-label={label}>
        {children}
      </SubmitButton>
    </form>
  );
}

export function PlaceOrderButton() {
  return (
    <ActionButton action={createSandboxOrdersAction} pendingText="Placing…" variant="outline">
      Place a new order in the shop
    </ActionButton>
  );
}

export function MoveOrdersButton() {
  return (
    <ActionButton action={moveSandboxOrdersAction} pendingText="Checking both sides…">
      Check both sides now
    </ActionButton>
  );
}

const COMMAND_TEXT = { ship: "Ship", advance: "Next step", "address-error": "Address problem", "out-of-stock": "Out of stock" } as const;

export function WarehouseCommandButton({ externalId, orderNumber, command }: { externalId: string; orderNumber: string; command: keyof typeof COMMAND_TEXT }) {
  return (
    <ActionButton
      action={commandSandboxWarehouseAction}
      fields={{ externalId, command }}
      pendingText="…"
      variant={command === "ship" ? "default" : "outline"}
      label={`${COMMAND_TEXT[command]}: order ${orderNumber}`}
    >
      {COMMAND_TEXT[command]}
    </ActionButton>
  );
}
