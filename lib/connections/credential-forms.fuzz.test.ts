import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { describeCredentials, listConnectors, publicCredentialView, type CredentialSchema } from "@/lib/connectors";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { credentialInput } from "./form-input";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

function leaves(value: unknown): string[] {
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leaves);
  return value === undefined ? [] : [String(value)];
}

/**
 * The connection form of every connector (drawn from its credential schema) and, where it has
 * one, its settings form: whatever is typed, the form reads into values, the schema answers, and
 * a refusal names one of the form's own fields. Secrets never come back in the public view.
 */
describe("connection credential and settings forms under fuzzing", () => {
  for (const connector of listConnectors()) {
    const forms: Array<[string, CredentialSchema]> = [["credentials", connector.credentialSchema]];
    if (connector.settingsSchema && "shape" in connector.settingsSchema) forms.push(["settings", connector.settingsSchema as unknown as CredentialSchema]);

    for (const [kind, schema] of forms) {
      const fields = describeCredentials(schema);
      const keys = fields.map((f) => f.key);
      const value = fc.oneof(oddText, fc.string({ minLength: 12, maxLength: 30 }), fc.constantFrom("on", "true", "https://example.com/api", "http://127.0.0.1:8080", "1", "0", "-5", "abc-123", "x=y; a=b", "shipped=7"));
      const form = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value, { maxKeys: keys.length + 2 });

      it(`${connector.id} ${kind}: any submission is accepted or refused on one of the form's fields`, (ctx) => {
        fuzz(ctx, `forms: ${connector.id} ${kind}`, fc.property(form, (submitted) => {
          const read = outcomeOf(() => credentialInput(fields, (k) => submitted[k] ?? null));
          expect(read.ok, read.ok ? "" : String(read.error)).toBe(true);
          if (!read.ok) return;
          const parsed = outcomeOf(() => schema.safeParse(read.value));
          expect(parsed.ok, parsed.ok ? "" : String(parsed.error)).toBe(true);
          if (!parsed.ok) return;
          const result = parsed.value;
          if (!result.success) {
            const issue = result.error.issues[0]!;
            expect(keys, `issue ${JSON.stringify(issue.path)} names no field`).toContain(String(issue.path[0]));
            expect(issue.message).toMatch(/\w{3}/);
            return;
          }
          const view = publicCredentialView(schema, result.data as Record<string, unknown>);
          const shown = leaves(view);
          // A secret typed the same as a public field (user name = password) is shown as that field.
          const typedPublicly = leaves(fields.filter((f) => !f.secret).map((f) => (result.data as Record<string, unknown>)[f.key]));
          for (const field of fields.filter((f) => f.secret)) {
            const secret = (result.data as Record<string, unknown>)[field.key];
            // The view says { set: true }; a secret as short as "true" would match that flag.
            if (typeof secret !== "string" || secret.length < 6 || typedPublicly.some((v) => v.includes(secret))) continue;
            expect(shown).not.toContain(secret);
            if (secret.length >= 12) for (const leaf of shown) expect(leaf.includes(secret)).toBe(false);
          }
        }), 250);
      });
    }
  }
});
