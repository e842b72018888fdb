import { and, asc, eq } from "drizzle-orm";
import { withTenant, type Tx } from "@/db";
import { memberships, users, type MemberRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { canManage } from "./roles";

export interface Member {
  userId: string;
  name: string | null;
  email: string;
  role: MemberRole;
  joinedAt: Date;
}

export interface Actor {
  userId: string;
  role: MemberRole;
}

export async function listMembers(tenantId: string): Promise<Member[]> {
  return withTenant(tenantId, (tx) =>
    tx
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.tenantId, tenantId))
      .orderBy(asc(users.email)),
  );
}

/** Locks the tenant's memberships so two owners cannot demote each other at the same moment. */
async function lockMemberships(tx: Tx, tenantId: string) {
  return tx.select().from(memberships).where(eq(memberships.tenantId, tenantId)).for("update");
}

/** The member's e-mail for the audit log, which outlives a removed account. */
async function emailOf(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

function ownersLeftAfter(rows: { userId: string; role: MemberRole }[], change: { userId: string; role: MemberRole | null }): number {
  return rows.filter((m) => (m.userId === change.userId ? change.role : m.role) === "owner").length;
}

export async function changeMemberRole(tenantId: string, actor: Actor, targetUserId: string, role: MemberRole): Promise<void> {
  await withTenant(tenantId, async (tx) => {
    const rows = await lockMemberships(tx, tenantId);
    const target = rows.find((m) => m.userId === targetUserId);
    if (!target) throw new UserError("That person is not a member of this team.");
    if (!canManage(actor.role, target.role, role)) throw new UserError("Only an owner can grant or change the owner role.");
    if (ownersLeftAfter(rows, { userId: targetUserId, role }) === 0) {
      throw new UserError("A team needs at least one owner. Make someone else owner first.");
    }
    await tx.update(memberships).set({ role }).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, targetUserId)));
    if (target.role !== role) {
      await recordAudit(tx, tenantId, { actorUserId: actor.userId, action: "member.role_changed", target: { type: "member", id: targetUserId }, details: { email: await emailOf(tx, targetUserId), from: target.role, to: role } });
    }
  });
}

export async function removeMember(tenantId: string, actor: Actor, targetUserId: string): Promise<void> {
  await withTenant(tenantId, async (tx) => {
    const rows = await lockMemberships(tx, tenantId);
    const target = rows.find((m) => m.userId === targetUserId);
    if (!target) throw new UserError("That person is not a member of this team.");
    const leavingThemselves = targetUserId === actor.userId;
    if (!leavingThemselves && !canManage(actor.role, target.role)) throw new UserError("Only an owner can remove an owner.");
    if (ownersLeftAfter(rows, { userId: targetUserId, role: null }) === 0) {
      throw new UserError("A team needs at least one owner. Make someone else owner first.");
    }
    await tx.delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, targetUserId)));
    await recordAudit(tx, tenantId, { actorUserId: actor.userId, action: "member.removed", target: { type: "member", id: targetUserId }, details: { email: await emailOf(tx, targetUserId), role: target.role, left: leavingThemselves } });
  });
}

export async function membershipRole(tenantId: string, userId: string): Promise<MemberRole | null> {
  const [row] = await withTenant(
    tenantId,
    (tx) => tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId))),
    userId,
  );
  return row?.role ?? null;
}
