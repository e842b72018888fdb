"use client";

import { Download } from "lucide-react";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle, type ActionState } from "@/lib/actions/action-state";
import type { LinkMappings } from "@/db/schema";
import type { DiscoveredOption } from "@/lib/connectors";
import { StatusSelect } from "./status-select";
import { mappedValue } from "@/lib/links/mapping-lookup";

const STATUS_FIELDS: Array<{ name: keyof LinkMappings & string; label: string; help: string; optional?: boolean }> = [
  { name: "readyStatus", label: "Ready for the warehouse", help: "Orders in this status are sent to the warehouse." },
  { name: "handoverStatus", label: "After handover", help: "Set once the warehouse has the order, so it is not sent twice." },
  { name: "shippedStatus", label: "Shipped", help: "Set when everything has left the warehouse, with the tracking number." },
  { name: "partiallyShippedStatus", label: "Partly shipped", help: "Set after a partial shipment; none keeps the status until the rest ships.", optional: true },
  { name: "addressErrorStatus", label: "Address problem", help: "Set when the address is incomplete or the warehouse refuses it." },
  { name: "stockErrorStatus", label: "Stock problem", help: "Set when the warehouse lacks stock." },
  { name: "otherErrorStatus", label: "Other problem", help: "Set for any other problem at the warehouse." },
  { name: "cancelHandledStatus", label: "Cancellation handled", help: "Set once the warehouse has cancelled the order." },
  { name: "cancelTooLateStatus", label: "Cancellation too late", help: "Set when the warehouse had already started; none uses 'Cancellation handled' and raises an exception.", optional: true },
  { name: "returnStatus", label: "Return", help: "Orders in this status are announced to the warehouse as returns." },
  { name: "returnHandledStatus", label: "Return received", help: "Set once the warehouse has booked the return in.", optional: true },
];

export interface MappingsFormProps {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  mappings: LinkMappings;
  statuses: DiscoveredOption[];
  sourceMethods: DiscoveredOption[];
  warehouseProfiles: DiscoveredOption[];
  sourceName: string;
  warehouseName: string;
  skuText: string;
  skuCsv: string;
  submitLabel: string;
  /** Shown above the form: "suggested from your systems" or warnings. */
  notice?: string;
  /** False where the source has no statuses to map (Rackbeat, Webshipper). Default true. */
  showStatuses?: boolean;
  /** The shipping section's heading and explanation, where the pair has its own words (delivery terms ↔ shipping rates). */
  shippingTitle?: string;
  shippingHelp?: string;
}

/** Status, shipping method and SKU mappings; drawn from what the two connection tests discovered. */
export function MappingsForm(props: MappingsFormProps) {
  const [state, action] = useActionState(props.action, idle);
  const errors = state.fieldErrors ?? {};
  const m = props.mappings;
  return (
    <form action={action} className="grid gap-8" noValidate>
      {Object.entries(props.hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {props.notice ? <Alert>{props.notice}</Alert> : null}

      {props.showStatuses === false ? null : (
        <fieldset className="grid gap-4">
          <legend className="mb-1 text-base font-semibold">Order statuses in {props.sourceName}</legend>
          <p className="text-sm text-muted-foreground">Which status means what. Changing a status in {props.sourceName} is what lets it e-mail your customer or capture the payment.</p>
          <div className="grid gap-4 md:grid-cols-2">
            {STATUS_FIELDS.map((f) => (
              <StatusSelect key={f.name} name={f.name} label={f.label} help={f.help} optional={f.optional} value={m[f.name] as string | undefined} statuses={props.statuses} error={errors[f.name]} />
            ))}
            <div className="grid gap-1.5">
              <Label htmlFor="map-cancelStatuses">Cancelled</Label>
              <Input id="map-cancelStatuses" name="cancelStatuses" defaultValue={(m.cancelStatuses ?? []).join(", ")} aria-describedby="map-cancelStatuses-help" aria-invalid={errors.cancelStatuses ? true : undefined} />
              <p id="map-cancelStatuses-help" className="text-xs text-muted-foreground">
                {errors.cancelStatuses ?? "Orders in these statuses are cancelled at the warehouse; separate several with commas (8, 8.1)."}
              </p>
            </div>
          </div>
        </fieldset>
      )}

      <fieldset className="grid gap-4">
        <legend className="mb-1 text-base font-semibold">{props.shippingTitle ?? "Shipping methods"}</legend>
        <p className="text-sm text-muted-foreground">
          {props.shippingHelp ?? `Which ${props.warehouseName} profile ships each ${props.sourceName} shipping method. An order with an unmapped method waits as an exception.`}
        </p>
        {props.sourceMethods.length === 0 ? (
          <p className="text-sm">{props.sourceName} listed no shipping methods; the warehouse uses its default.</p>
        ) : (
          <div className="grid gap-3 md:grid-cols-2">
            {props.sourceMethods.map((method) => (
              <div key={method.id} className="grid gap-1.5">
                <Label htmlFor={`ship-${method.id}`}>{method.label}</Label>
                <NativeSelect id={`ship-${method.id}`} name={`ship:${method.id}`} defaultValue={mappedValue(m.shippingMethods, method.id) ?? ""}>
                  <option value="">— not mapped —</option>
                  {props.warehouseProfiles.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.label}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-1 text-base font-semibold">Article numbers (SKU)</legend>
        <div className="grid gap-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="skuPolicy" value="same" defaultChecked={m.skuPolicy === "same"} className="mt-0.5 size-4" />
            <span>
              <strong>Same SKU on both sides.</strong> The rows below still translate single SKUs.
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="skuPolicy" value="mapped" defaultChecked={m.skuPolicy === "mapped"} className="mt-0.5 size-4" />
            <span>
              <strong>Use a mapping table.</strong> Only SKUs listed below are known; any other waits as an exception.
            </span>
          </label>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="map-skuMap">SKU mapping table</Label>
          <textarea
            id="map-skuMap"
            name="skuMap"
            rows={5}
            defaultValue={props.skuText}
            placeholder={"TS-BLK-M, 100234\nCAP-GRN, 100235"}
            aria-describedby="map-skuMap-help"
            aria-invalid={errors.skuMap ? true : undefined}
            className="w-full rounded-md border border-border bg-background px-3 py-2 font-mono text-sm shadow-xs focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          />
          <p id="map-skuMap-help" className={errors.skuMap ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"}>
            {errors.skuMap ?? "One pair per line: shop SKU, then warehouse SKU."}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <div className="grid gap-1.5">
            <Label htmlFor="map-skuFile">Upload a CSV file</Label>
            <input id="map-skuFile" name="skuFile" type="file" accept=".csv,text/csv" className="text-sm" aria-describedby="map-skuFile-help" />
            <p id="map-skuFile-help" className={errors.skuFile ? "text-xs font-medium text-destructive" : "text-xs text-muted-foreground"}>
              {errors.skuFile ?? "Two columns: shop_sku, warehouse_sku. Its rows are added to the table."}
            </p>
          </div>
          <Button asChild variant="outline" size="sm">
            <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(props.skuCsv)}`} download="sku-mapping.csv">
              <Download aria-hidden /> Download as CSV
            </a>
          </Button>
        </div>
      </fieldset>

      <div aria-live="polite">
        {state.status === "error" && state.message ? <Alert variant="error">{state.message}</Alert> : null}
        {state.status === "error" && !state.message && Object.keys(errors).length ? <Alert variant="error">Please check the marked field.</Alert> : null}
        {state.status === "success" ? <Alert variant="success">{state.message}</Alert> : null}
      </div>
      <div>
        <SubmitButton pendingText="Saving…">{props.submitLabel}</SubmitButton>
      </div>
    </form>
  );
}
