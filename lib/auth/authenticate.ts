import { eq } from "drizzle-orm";
import { withoutTenant } from "@/db";
import { users } from "@/db/schema";
import { normalizeEmail } from "./email";
import { verifyPassword } from "./password";
import { checkSignInAllowed, clearSignInFailures, recordSignInFailure } from "./sign-in-limits";

export type AuthenticateResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/** Checks an e-mail and password, counting failures per account and per client address. */
export async function authenticate(rawEmail: string, password: string, ip: string): Promise<AuthenticateResult> {
  const email = normalizeEmail(rawEmail);
  const limit = await checkSignInAllowed(email, ip);
  if (limit.blocked) return { ok: false, reason: "rate_limited" };

  const user = await withoutTenant(async (tx) => (await tx.select().from(users).where(eq(users.email, email)).limit(1))[0]);
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid) {
    await recordSignInFailure(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
