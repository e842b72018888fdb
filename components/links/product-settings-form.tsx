"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { updateProductSettingsAction } from "@/lib/actions/product-actions";
import type { ProductSettings } from "@/lib/links/product-settings";

/** The link's products-and-stock settings: what is synced, the stock buffer, and what an unknown SKU does to an order. */
export function ProductSettingsForm({ linkId, settings, sourceName, warehouseName }: { linkId: string; settings: ProductSettings; sourceName: string; warehouseName: string }) {
  const [state, action] = useActionState(updateProductSettingsAction, idle);
  useActionToast(state.status === "success" ? state : idle);
  const errors = state.fieldErrors ?? {};
  // A refused form shows what was sent (an unticked box sends nothing), not what is stored.
  const sent = state.status === "error" ? state.values : undefined;
  const ticked = (key: "stockSync" | "productSync") => (sent ? sent[key] === "on" : settings[key]);
  const policy = sent?.unknownSkuPolicy ?? settings.unknownSkuPolicy;
  return (
    <form action={action} className="grid max-w-2xl gap-6" noValidate aria-label="Products and stock settings">
      <input type="hidden" name="linkId" value={linkId} />
      <fieldset className="grid gap-3">
        <legend className="mb-1 text-sm font-medium">What Lagerbro keeps in step</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="productSync" defaultChecked={ticked("productSync")} className="mt-0.5 size-4 accent-primary" />
          <span>
            <strong>Products</strong>: send new and changed products from {sourceName} to {warehouseName} (SKU, name, barcode, weight, size, customs data).
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="stockSync" defaultChecked={ticked("stockSync")} className="mt-0.5 size-4 accent-primary" />
          <span>
            <strong>Stock</strong>: write what {warehouseName} holds to {sourceName}, so the shop does not sell what is not there.
          </span>
        </label>
      </fieldset>
      <div className="max-w-xs">
        <FormField
          label="Stock buffer (pieces)"
          name="stockBuffer"
          inputMode="numeric"
          defaultValue={sent?.stockBuffer ?? String(settings.stockBuffer)}
          error={errors.stockBuffer}
          help={`Show the shop this many fewer than ${warehouseName} holds, per SKU, so a late sale does not oversell. Never below 0. 0 shows the exact figure.`}
        />
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">When an order names a SKU {warehouseName} does not know</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="unknownSkuPolicy" value="create_and_resend" defaultChecked={policy === "create_and_resend"} className="mt-0.5 size-4" />
          <span>
            <strong>Create the product at the warehouse and send the order again</strong>, with the product data from {sourceName}.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="unknownSkuPolicy" value="hold" defaultChecked={policy === "hold"} className="mt-0.5 size-4" />
          <span>
            <strong>Hold the order for me</strong>: it waits under Problems with a one-click “Create product and retry”.
          </span>
        </label>
        {errors.unknownSkuPolicy ? <p className="text-xs font-medium text-destructive">{errors.unknownSkuPolicy}</p> : null}
      </fieldset>
      {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
      <div>
        <SubmitButton pendingText="Saving…">Save products and stock settings</SubmitButton>
      </div>
    </form>
  );
}
