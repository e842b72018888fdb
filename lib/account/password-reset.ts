import { and, eq, gt, isNull } from "drizzle-orm";
import { withoutTenant } from "@/db";
import { passwordResetTokens, users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/email";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { clearSignInFailures } from "@/lib/auth/sign-in-limits";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors/user-error";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetMail } from "@/lib/mail/templates";
import { hashLinkToken, newLinkToken } from "@/lib/security/tokens";

export const RESET_VALID_MINUTES = 60;

/** Mails a reset link when the account exists; answers the same either way so nobody learns which e-mails exist. */
export async function requestPasswordReset(rawEmail: string): Promise<void> {
  const email = emailSchema.safeParse(rawEmail);
  if (!email.success) throw new UserError(email.error.issues[0]!.message, "email");
  const [user] = await withoutTenant((tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, email.data)));
  if (!user) return;
  const { token, hash } = newLinkToken();
  await withoutTenant((tx) =>
    tx.insert(passwordResetTokens).values({ tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + RESET_VALID_MINUTES * 60_000) }),
  );
  const link = new URL(`/reset-password/${token}`, env().APP_URL).toString();
  await sendMail(passwordResetMail(email.data, link, RESET_VALID_MINUTES));
}

export async function isResetTokenUsable(token: string): Promise<boolean> {
  const rows = await withoutTenant((tx) =>
    tx
      .select({ userId: passwordResetTokens.userId })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.tokenHash, hashLinkToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date()))),
  );
  return rows.length > 0;
}

/** Sets the new password and spends the link, in one transaction. */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const password = passwordSchema.safeParse(newPassword);
  if (!password.success) throw new UserError(password.error.issues[0]!.message, "password");
  const passwordHash = await hashPassword(password.data);
  const email = await withoutTenant(async (tx) => {
    const [spent] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.tokenHash, hashLinkToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date())))
      .returning({ userId: passwordResetTokens.userId });
    if (!spent) throw new UserError("This reset link has expired or was already used. Ask for a new one.");
    const [user] = await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, spent.userId)).returning({ email: users.email });
    return user!.email;
  });
  await clearSignInFailures(email);
  return { email };
}
