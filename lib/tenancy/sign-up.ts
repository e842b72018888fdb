import { eq } from "drizzle-orm";
import { z } from "zod";
import { withDbContext, withoutTenant } from "@/db";
import { users } from "@/db/schema";
import { emailSchema } from "@/lib/auth/email";
import { hashPassword, passwordSchema } from "@/lib/auth/password";
import { isUniqueViolation, UserError } from "@/lib/errors/user-error";
import { acceptInvitationInTx } from "./invitations";
import { createTenantInTx, tenantNameSchema } from "./tenants";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, { message: "Enter your name." }).max(100, { message: "Use at most 100 characters." }),
  email: emailSchema,
  password: passwordSchema,
  company: z.string().optional(),
  inviteToken: z.string().optional(),
});

export type SignUpInput = z.input<typeof signUpSchema>;

const EMAIL_TAKEN = "An account with this e-mail already exists. Sign in instead.";

/**
 * Creates the user and, in the same transaction, either a new tenant they own or the membership
 * their invitation grants. Any failure leaves no row behind.
 */
export async function signUp(input: SignUpInput): Promise<{ userId: string; tenantId: string; email: string }> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, String(issue.path[0]));
  }
  const { name, email, password, inviteToken } = parsed.data;
  let company: string | undefined;
  if (!inviteToken) {
    const companyResult = tenantNameSchema.safeParse(parsed.data.company);
    if (!companyResult.success) throw new UserError(companyResult.error.issues[0]!.message, "company");
    company = companyResult.data;
  }

  const taken = await withoutTenant((tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1));
  if (taken.length > 0) throw new UserError(EMAIL_TAKEN, "email");
  const passwordHash = await hashPassword(password);

  try {
    return await withDbContext({}, async (tx) => {
      const [user] = await tx.insert(users).values({ name, email, passwordHash }).returning({ id: users.id });
      const tenantId = inviteToken
        ? await acceptInvitationInTx(tx, inviteToken, { id: user!.id, email })
        : await createTenantInTx(tx, company!, user!.id);
      return { userId: user!.id, tenantId, email };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError(EMAIL_TAKEN, "email");
    throw error;
  }
}
