import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withoutTenant } from "@/db";
import { devMailbox } from "@/db/schema";
import { signUpOwner, TEST_PASSWORD, uniqueEmail } from "@/db/testing/fixtures";
import { authenticate } from "@/lib/auth/authenticate";
import { UserError } from "@/lib/errors/user-error";
import { isResetTokenUsable, requestPasswordReset, resetPassword } from "./password-reset";
import { changePassword } from "./profile";

async function lastMailTo(email: string) {
  const [mail] = await withoutTenant((tx) => tx.select().from(devMailbox).where(eq(devMailbox.to, email)).orderBy(desc(devMailbox.createdAt)).limit(1));
  return mail;
}

describe("password reset", () => {
  it("mails a single-use link that sets a new password", async () => {
    const { email } = await signUpOwner();
    await requestPasswordReset(email);
    const mail = await lastMailTo(email);
    const token = mail!.text.match(/reset-password\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await isResetTokenUsable(token)).toBe(true);

    await resetPassword(token, "another long password");
    expect(await authenticate(email, "another long password", "10.9.0.1")).toMatchObject({ ok: true });
    expect(await authenticate(email, TEST_PASSWORD, "10.9.0.1")).toMatchObject({ ok: false });
    await expect(resetPassword(token, "yet another password")).rejects.toThrow(/expired or was already used/);
  });

  it("answers an unknown address without sending anything", async () => {
    const email = uniqueEmail("ghost");
    await requestPasswordReset(email);
    expect(await lastMailTo(email)).toBeUndefined();
  });

  it("keeps the old password when the new one is too short", async () => {
    const { email } = await signUpOwner();
    await requestPasswordReset(email);
    const token = (await lastMailTo(email))!.text.match(/reset-password\/([A-Za-z0-9_-]+)/)![1]!;
    await expect(resetPassword(token, "short")).rejects.toBeInstanceOf(UserError);
    expect(await isResetTokenUsable(token)).toBe(true);
    expect(await authenticate(email, TEST_PASSWORD, "10.9.0.2")).toMatchObject({ ok: true });
  });
});

describe("change password", () => {
  it("needs the current password", async () => {
    const { userId, email } = await signUpOwner();
    await expect(changePassword(userId, "not my password", "a new long password")).rejects.toThrow(/current password is not correct/);
    await changePassword(userId, TEST_PASSWORD, "a new long password");
    expect(await authenticate(email, "a new long password", "10.9.0.3")).toMatchObject({ ok: true });
  });
});
