import type { CredentialFieldDescriptor } from "@/lib/connectors";

/**
 * Turns a submitted credentials form (drawn from the connector's schema) into the values the
 * schema parses: a checkbox is true when ticked, an empty field is left out (an optional field
 * falls back to its default, an empty secret keeps the stored one).
 */
export function credentialInput(fields: CredentialFieldDescriptor[], get: (key: string) => string | null): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = get(field.key);
    if (field.input === "checkbox") {
      values[field.key] = raw === "on" || raw === "true";
      continue;
    }
    if (raw === null) continue;
    const value = field.secret ? raw : raw.trim();
    if (value !== "") values[field.key] = value;
  }
  return values;
}
