"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/actions/action-state";
import { saveSettingsAction } from "@/lib/actions/wizard-actions";
import type { FlowView } from "@/lib/wizard/flow-view";
import { SCHEDULE_CHOICES } from "@/lib/wizard/schedule";

const scheduleLabel = (n: number) => (n === 60 ? "Every hour" : n === 1 ? "Every minute" : `Every ${n} minutes`);

/** Step "sync settings": the link's name, its direction and trigger where there is a choice, how often to check, who e-mails the customer. */
export function SettingsForm({ draftId, name, scheduleMinutes, customerEmailBy, sourceName, warehouseName, flow }: { draftId: string; name: string; scheduleMinutes: number; customerEmailBy: "shop" | "3pl"; sourceName: string; warehouseName: string; flow: FlowView }) {
  const [state, action] = useActionState(saveSettingsAction, idle);
  const errors = state.fieldErrors ?? {};
  const trigger = state.values?.trigger ?? flow.trigger;
  return (
    <form action={action} className="grid max-w-xl gap-6" noValidate>
      <input type="hidden" name="draftId" value={draftId} />
      {flow.direction ? (
        <div className="grid gap-1" data-testid="link-direction">
          <p className="text-sm font-medium">Direction: {flow.direction}</p>
          <p className="text-xs text-muted-foreground">{flow.directionHelp}</p>
        </div>
      ) : null}
      {flow.triggers ? (
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">When does an order go to {warehouseName}?</legend>
          {flow.triggers.map((t) => (
            <label key={t.value} className="flex items-start gap-2 text-sm">
              <input type="radio" name="trigger" value={t.value} defaultChecked={trigger === t.value} className="mt-0.5 size-4" />
              <span>
                <strong>{t.label}</strong>
                <span className="block text-xs text-muted-foreground">{t.help}</span>
              </span>
            </label>
          ))}
          {errors.trigger ? <p className="text-xs font-medium text-destructive">{errors.trigger}</p> : null}
        </fieldset>
      ) : null}
      {flow.notSynced ? <Alert>{flow.notSynced}</Alert> : null}
      <FormField label="Name of this link" name="name" defaultValue={state.values?.name ?? name} required error={errors.name} help="Shown in lists and on each order, e.g. 'Webshop → Lager Nord'." />
      <div className="grid gap-1.5">
        <Label htmlFor="settings-schedule">Check for new orders and shipments</Label>
        <NativeSelect id="settings-schedule" name="scheduleMinutes" defaultValue={String(scheduleMinutes)} aria-describedby="settings-schedule-help">
          {SCHEDULE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {scheduleLabel(n)}
            </option>
          ))}
        </NativeSelect>
        <p id="settings-schedule-help" className="text-xs text-muted-foreground">
          Lagerbro asks {sourceName} for ready orders and {warehouseName} for news this often.
        </p>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Who e-mails your customer when the parcel ships?</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="customerEmailBy" value="shop" defaultChecked={customerEmailBy === "shop"} className="mt-0.5 size-4" />
          <span>
            <strong>{sourceName}</strong>, when Lagerbro {flow.direction ? "marks the order shipped there, with the tracking number" : "sets the shipped status with the tracking number (usual)"}.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="customerEmailBy" value="3pl" defaultChecked={customerEmailBy === "3pl"} className="mt-0.5 size-4" />
          <span>
            <strong>{warehouseName}</strong>{flow.direction ? "" : " (the 3PL)"} e-mails them; turn off the shipping e-mail in {sourceName} so they do not get two.
          </span>
        </label>
        {errors.customerEmailBy ? <p className="text-xs font-medium text-destructive">{errors.customerEmailBy}</p> : null}
      </fieldset>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <div>
        <SubmitButton pendingText="Saving…">Save and preview</SubmitButton>
      </div>
    </form>
  );
}
