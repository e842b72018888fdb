import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { DiscoveredOption } from "@/lib/connectors";

/** One source status to map: the statuses the shop has, or a free field where it listed none. */
export function StatusSelect({ name, label, help, value, statuses, optional, error }: { name: string; label: string; help: string; value?: string; statuses: DiscoveredOption[]; optional?: boolean; error?: string }) {
  const id = `map-${name}`;
  const known = statuses.some((s) => s.id === value);
  const describedBy = `${id}-help${error ? ` ${id}-error` : ""}`;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{optional ? `${label} (optional)` : label}</Label>
      {statuses.length ? (
        <NativeSelect id={id} name={name} defaultValue={value ?? ""} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <option value="">{optional ? "— none —" : "— the connection's default —"}</option>
          {value && !known ? <option value={value}>[{value}] not found in your system: create it there</option> : null}
          {statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </NativeSelect>
      ) : (
        <Input id={id} name={name} defaultValue={value ?? ""} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      )}
      <p id={`${id}-help`} className="text-xs text-muted-foreground">
        {help}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
