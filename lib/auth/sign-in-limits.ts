import { and, count, eq, gte, lt } from "drizzle-orm";
import { withoutTenant } from "@/db";
import { signInFailures } from "@/db/schema";

/** Failed sign-ins allowed in the window, per account and per client address. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

export type SignInBlock = { blocked: false } | { blocked: true; retryAfterMinutes: number };

function windowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
}

export async function checkSignInAllowed(email: string, ip: string, now = new Date()): Promise<SignInBlock> {
  const since = windowStart(now);
  return withoutTenant(async (tx) => {
    const [byAccount] = await tx
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, email), gte(signInFailures.at, since)));
    const [byAddress] = await tx
      .select({ n: count() })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, ip), gte(signInFailures.at, since)));
    if ((byAccount?.n ?? 0) >= SIGN_IN_LIMITS.perAccount || (byAddress?.n ?? 0) >= SIGN_IN_LIMITS.perAddress) {
      return { blocked: true, retryAfterMinutes: SIGN_IN_LIMITS.windowMinutes };
    }
    return { blocked: false };
  });
}

export async function recordSignInFailure(email: string, ip: string, now = new Date()): Promise<void> {
  await withoutTenant(async (tx) => {
    await tx.insert(signInFailures).values({ email, ip, at: now });
    // Keep the table small: rows older than a day count for nothing.
    await tx.delete(signInFailures).where(lt(signInFailures.at, new Date(now.getTime() - 86_400_000)));
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await withoutTenant((tx) => tx.delete(signInFailures).where(eq(signInFailures.email, email)));
}
