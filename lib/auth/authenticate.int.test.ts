import { describe, expect, it } from "vitest";
import { signUpOwner, TEST_PASSWORD, uniqueEmail } from "@/db/testing/fixtures";
import { signUp } from "@/lib/tenancy/sign-up";
import { authenticate } from "./authenticate";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

describe("authenticate", () => {
  it("accepts the right password in any e-mail case", async () => {
    const { email } = await signUpOwner();
    const result = await authenticate(email.toUpperCase(), TEST_PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email } });
  });

  it("locks an account after too many failures, even for the right password", async () => {
    const { email } = await signUpOwner();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await authenticate(email, "wrong password!", `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(email, TEST_PASSWORD, "10.1.1.1")).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("locks a client address that tries many accounts", async () => {
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await authenticate(uniqueEmail("spray"), "wrong password!", ip);
    }
    const email = uniqueEmail("victim");
    await signUp({ name: "Victim", email, password: TEST_PASSWORD, company: "Victim AB" });
    expect(await authenticate(email, TEST_PASSWORD, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await authenticate(email, TEST_PASSWORD, "10.3.0.1")).toMatchObject({ ok: true });
  });

  it("does not tell an unknown e-mail from a wrong password", async () => {
    expect(await authenticate(uniqueEmail("nobody"), TEST_PASSWORD, "10.4.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
