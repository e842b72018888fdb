import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { profileSchema } from "@/lib/account/profile";
import { emailSchema } from "@/lib/auth/email";
import { passwordSchema } from "@/lib/auth/password";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { signUpSchema } from "./sign-up";
import { tenantNameSchema } from "./tenants";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const FIELDS = ["name", "email", "password", "company", "inviteToken"] as const;
const email = fc.oneof(fc.emailAddress(), oddText, fc.constantFrom("a@b", "@example.com", "name@example.com ", " NAME@Example.COM", "a@b.c\u0000", `${"x".repeat(250)}@example.com`));

describe("account and team forms under fuzzing", () => {
  it("sign-up: any submission parses or is refused on one named field with a sentence", (ctx) => {
    const form = fc.record({ name: oddText, email, password: oddText, company: fc.option(oddText, { nil: undefined }), inviteToken: fc.option(oddText, { nil: undefined }) }, { requiredKeys: [] });
    fuzz(ctx, "forms: sign-up", fc.property(form, (input) => {
      const outcome = outcomeOf(() => signUpSchema.safeParse(input));
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const result = outcome.value;
      if (result.success) {
        expect(result.data.email).toBe(result.data.email.trim().toLowerCase());
        expect(result.data.password.length).toBeGreaterThanOrEqual(10);
        expect(result.data.name.trim().length).toBeGreaterThan(0);
      } else {
        const issue = result.error.issues[0]!;
        expect(FIELDS).toContain(issue.path[0]);
        expect(issue.message).toMatch(/^[A-Z].*\.$|Invalid|expected/);
      }
    }), 500);
  });

  it("e-mail, password, company and profile name: values accepted are within bounds, refusals are worded", (ctx) => {
    fuzz(ctx, "forms: account fields", fc.property(email, oddText, oddText, oddText, (e, password, company, name) => {
      const checks = [emailSchema.safeParse(e), passwordSchema.safeParse(password), tenantNameSchema.safeParse(company), profileSchema.safeParse({ name })];
      for (const result of checks) if (!result.success) expect(result.error.issues[0]!.message).toMatch(/[A-Za-z]{3}/);
      const [em, pw, co, pr] = checks;
      if (em!.success) expect((em!.data as string).length).toBeLessThanOrEqual(254);
      if (pw!.success) expect((pw!.data as string).length).toBeLessThanOrEqual(200);
      if (co!.success) expect((co!.data as string).length).toBeGreaterThanOrEqual(2);
      if (pr!.success) expect((pr!.data as { name: string }).name.length).toBeLessThanOrEqual(100);
    }), 500);
  });

  it("an e-mail address is read the same however it is cased and padded", (ctx) => {
    fuzz(ctx, "forms: account fields", fc.property(fc.emailAddress(), fc.constantFrom("", " ", "\t"), (address, pad) => {
      const plain = emailSchema.safeParse(address);
      const padded = emailSchema.safeParse(`${pad}${address.toUpperCase()}${pad}`);
      expect(padded.success).toBe(plain.success);
      if (plain.success && padded.success) expect(padded.data).toBe(plain.data);
    }), 300);
  });
});
