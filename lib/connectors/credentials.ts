import { z } from "zod";

/** What the wizard needs to draw one credential or setting field. */
export interface CredentialFieldMeta {
  label: string;
  help?: string;
  /** Stored encrypted, never sent back to the browser, drawn as a password input. */
  secret?: boolean;
  placeholder?: string;
  /** Input hint for the form: url, email, number... Defaults from the schema. */
  input?: "text" | "password" | "url" | "email" | "number" | "checkbox" | "select";
}

export const credentialRegistry = z.registry<CredentialFieldMeta>();

/**
 * Attaches form metadata to a field schema: `credentialField(z.string().min(1), { label: "Password", secret: true })`.
 * Wrap with `.optional()` or `.default()` after this call, not before; describeCredentials looks through them.
 */
export function credentialField<T extends z.ZodType>(schema: T, meta: CredentialFieldMeta): T {
  // The registry is keyed by schema instance: a schema shared by two fields (one `positiveInt`
  // for plentyID and warehouse ID) would otherwise carry the last field's label for both.
  const own = credentialRegistry.has(schema) ? (schema.clone() as T) : schema;
  credentialRegistry.add(own, meta);
  return own;
}

export interface CredentialFieldDescriptor {
  key: string;
  label: string;
  help?: string;
  secret: boolean;
  placeholder?: string;
  input: NonNullable<CredentialFieldMeta["input"]>;
  required: boolean;
  /** Choices for a select (from a z.enum). */
  options?: string[];
  defaultValue?: string | number | boolean;
}

export type CredentialSchema = z.ZodObject<Record<string, z.ZodType>>;

interface Unwrapped {
  inner: z.ZodType;
  meta?: CredentialFieldMeta;
  required: boolean;
  defaultValue?: unknown;
}

/** Walks through optional/nullable/default wrappers, picking up the first metadata found. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current: z.ZodType = schema;
  let required = true;
  let defaultValue: unknown;
  let meta = credentialRegistry.get(current);
  for (;;) {
    const def = current._zod.def;
    if (def.type === "optional" || def.type === "nullable") {
      required = false;
      current = (def as unknown as { innerType: z.ZodType }).innerType;
    } else if (def.type === "default" || def.type === "prefault") {
      required = false;
      const d = def as unknown as { innerType: z.ZodType; defaultValue: unknown };
      defaultValue = typeof d.defaultValue === "function" ? (d.defaultValue as () => unknown)() : d.defaultValue;
      current = d.innerType;
    } else {
      break;
    }
    meta ??= credentialRegistry.get(current);
  }
  return { inner: current, meta, required, defaultValue };
}

function inputFor(inner: z.ZodType, meta: CredentialFieldMeta | undefined): NonNullable<CredentialFieldMeta["input"]> {
  if (meta?.input) return meta.input;
  if (meta?.secret) return "password";
  const def = inner._zod.def as { type: string; format?: string };
  if (def.type === "number" || def.type === "int") return "number";
  if (def.type === "boolean") return "checkbox";
  if (def.type === "enum") return "select";
  if (def.type === "string" && def.format === "url") return "url";
  if (def.type === "string" && def.format === "email") return "email";
  return "text";
}

/** The ordered field list the generic wizard form renders for a connector's credential schema. */
export function describeCredentials(schema: CredentialSchema): CredentialFieldDescriptor[] {
  return Object.entries(schema.shape).map(([key, field]) => {
    const { inner, meta, required, defaultValue } = unwrap(field);
    const descriptor: CredentialFieldDescriptor = {
      key,
      label: meta?.label ?? key,
      secret: meta?.secret ?? false,
      input: inputFor(inner, meta),
      required,
    };
    if (meta?.help) descriptor.help = meta.help;
    if (meta?.placeholder) descriptor.placeholder = meta.placeholder;
    if (inner._zod.def.type === "enum") descriptor.options = (inner as z.ZodEnum).options.map(String);
    if (typeof defaultValue === "string" || typeof defaultValue === "number" || typeof defaultValue === "boolean") {
      descriptor.defaultValue = defaultValue;
    }
    return descriptor;
  });
}

/** Keys of fields marked secret. */
export function secretKeys(schema: CredentialSchema): string[] {
  return describeCredentials(schema).filter((f) => f.secret).map((f) => f.key);
}

/**
 * Credentials as the browser may see them once saved: secret values replaced by a flag that a
 * value is set, everything else as stored.
 */
export function publicCredentialView(
  schema: CredentialSchema,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  // Only keys the schema declares: an unknown stored key could be a secret nobody marked.
  for (const field of describeCredentials(schema)) {
    const value = values[field.key];
    view[field.key] = field.secret ? { set: value !== undefined && value !== null && value !== "" } : value;
  }
  return view;
}
