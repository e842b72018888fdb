import { eq } from "drizzle-orm";
import { z } from "zod";
import { withoutTenant } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/password";
import { UserError } from "@/lib/errors/user-error";

export const profileSchema = z.object({
  name: z.string().trim().min(1, { message: "Enter your name." }).max(100, { message: "Use at most 100 characters." }),
});

export async function getProfile(userId: string) {
  const [user] = await withoutTenant((tx) => tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, userId)));
  return user ?? null;
}

export async function updateProfile(userId: string, input: { name: string }): Promise<void> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message, "name");
  await withoutTenant((tx) => tx.update(users).set({ name: parsed.data.name, updatedAt: new Date() }).where(eq(users.id, userId)));
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
  const next = passwordSchema.safeParse(newPassword);
  if (!next.success) throw new UserError(next.error.issues[0]!.message, "newPassword");
  const [user] = await withoutTenant((tx) => tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new UserError("Your current password is not correct.", "currentPassword");
  }
  const passwordHash = await hashPassword(next.data);
  await withoutTenant((tx) => tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId)));
}
