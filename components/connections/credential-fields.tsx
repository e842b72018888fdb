import { Badge } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { CredentialFieldDescriptor } from "@/lib/connectors";

export interface CredentialFieldsProps {
  /** From describeCredentials(connector.credentialSchema): the form is drawn from the schema alone. */
  fields: CredentialFieldDescriptor[];
  /** Stored values as the browser may see them: a secret is only `{ set: true }`. */
  stored?: Record<string, unknown>;
  /** What the user typed before a refused submit (never secrets). */
  echo?: Record<string, string>;
  errors?: Record<string, string>;
  idPrefix: string;
}

function secretIsSet(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { set?: unknown }).set === true;
}

function initial(field: CredentialFieldDescriptor, stored: Record<string, unknown> | undefined, echo: Record<string, string> | undefined): string {
  if (echo && field.key in echo) return echo[field.key]!;
  const value = stored?.[field.key];
  if (typeof value === "string" || typeof value === "number") return String(value);
  return field.defaultValue === undefined ? "" : String(field.defaultValue);
}

/** The fields of any connector's credentials or settings, labelled, with help and errors wired. */
export function CredentialFields({ fields, stored, echo, errors, idPrefix }: CredentialFieldsProps) {
  return (
    <div className="grid gap-4">
      {fields.map((field) => {
        const id = `${idPrefix}-${field.key}`;
        const error = errors?.[field.key];
        if (field.input === "checkbox") {
          const checked = stored?.[field.key] ?? field.defaultValue;
          return (
            <div key={field.key} className="flex items-start gap-2">
              <input id={id} name={field.key} type="checkbox" defaultChecked={checked === true} className="mt-0.5 size-4" aria-describedby={field.help ? `${id}-help` : undefined} />
              <div className="grid gap-1">
                <Label htmlFor={id}>{field.label}</Label>
                {field.help ? <p id={`${id}-help`} className="text-xs text-muted-foreground">{field.help}</p> : null}
              </div>
            </div>
          );
        }
        if (field.input === "select" && field.options) {
          return (
            <div key={field.key} className="grid gap-1.5">
              <Label htmlFor={id}>{field.label}</Label>
              <NativeSelect id={id} name={field.key} defaultValue={initial(field, stored, echo)} aria-describedby={field.help ? `${id}-help` : undefined}>
                {field.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </NativeSelect>
              {field.help ? <p id={`${id}-help`} className="text-xs text-muted-foreground">{field.help}</p> : null}
            </div>
          );
        }
        if (field.secret) {
          const isSet = secretIsSet(stored?.[field.key]);
          return (
            <div key={field.key} className="grid gap-1">
              <FormField
                id={id}
                name={field.key}
                type="password"
                label={field.label}
                autoComplete="new-password"
                required={field.required && !isSet}
                placeholder={isSet ? "•••••••• (set; leave empty to keep it)" : field.placeholder}
                help={isSet ? `A value is saved and never shown again. Leave this empty to keep it. ${field.help ?? ""}`.trim() : field.help}
                error={error}
              />
              {isSet ? (
                <Badge className="w-fit border-emerald-300 bg-emerald-50 text-emerald-900" data-testid={`secret-set-${field.key}`}>
                  {field.label}: set
                </Badge>
              ) : null}
            </div>
          );
        }
        return (
          <FormField
            key={field.key}
            id={id}
            name={field.key}
            label={field.required ? field.label : `${field.label} (optional)`}
            type={field.input === "number" ? "text" : field.input}
            inputMode={field.input === "number" ? "numeric" : undefined}
            required={field.required && field.defaultValue === undefined}
            placeholder={field.placeholder}
            defaultValue={initial(field, stored, echo)}
            help={field.help}
            error={error}
            autoComplete="off"
          />
        );
      })}
    </div>
  );
}
