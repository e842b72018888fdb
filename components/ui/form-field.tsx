import { useId, type ComponentProps } from "react";
import { Input } from "./input";
import { Label } from "./label";

/** A labelled input with its help text and error wired to it for screen readers. */
export function FormField({ label, error, help, id, ...props }: ComponentProps<"input"> & { label: string; error?: string; help?: string }) {
  const generated = useId();
  const inputId = id ?? generated;
  const describedBy = [help ? `${inputId}-help` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={inputId}>{label}</Label>
      <Input id={inputId} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      {help && !error ? (
        <p id={`${inputId}-help`} className="text-xs text-muted-foreground">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={`${inputId}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
