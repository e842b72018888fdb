import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { setDbContext, withTenant, withUser, type Tx } from "@/db";
import { memberships, tenants, type MemberRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";

export const tenantNameSchema = z
  .string({ message: "Enter a company name." })
  .trim()
  .min(2, { message: "Use at least 2 characters for the company name." })
  .max(80, { message: "Use at most 80 characters for the company name." });

/** Inside the caller's transaction: a new tenant with `ownerId` as its owner. */
export async function createTenantInTx(tx: Tx, name: string, ownerId: string): Promise<string> {
  const tenantId = randomUUID();
  await setDbContext(tx, { tenantId, userId: ownerId });
  await tx.insert(tenants).values({ id: tenantId, name });
  await tx.insert(memberships).values({ tenantId, userId: ownerId, role: "owner" });
  return tenantId;
}

export async function createTenant(name: string, ownerId: string): Promise<string> {
  const parsed = tenantNameSchema.safeParse(name);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message, "name");
  return withUser(ownerId, (tx) => createTenantInTx(tx, parsed.data, ownerId));
}

export async function renameTenant(tenantId: string, name: string, actorUserId?: string): Promise<void> {
  const parsed = tenantNameSchema.safeParse(name);
  if (!parsed.success) throw new UserError(parsed.error.issues[0]!.message, "name");
  await withTenant(tenantId, async (tx) => {
    const [before] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId)).for("update");
    if (!before || before.name === parsed.data) return;
    await tx.update(tenants).set({ name: parsed.data, updatedAt: new Date() }).where(eq(tenants.id, tenantId));
    await recordAudit(tx, tenantId, { actorUserId, action: "team.renamed", target: { type: "team", id: tenantId }, details: { from: before.name, to: parsed.data } });
  });
}

export interface TenantOfUser {
  id: string;
  name: string;
  role: MemberRole;
}

export async function listTenantsOfUser(userId: string): Promise<TenantOfUser[]> {
  return withUser(userId, (tx) =>
    tx
      .select({ id: tenants.id, name: tenants.name, role: memberships.role })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(tenants.name)),
  );
}
