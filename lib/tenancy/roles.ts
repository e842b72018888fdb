import type { MemberRole } from "@/db/schema";

export const ROLES: readonly MemberRole[] = ["owner", "admin", "member"];

const rank: Record<MemberRole, number> = { member: 0, admin: 1, owner: 2 };

export function hasRole(role: MemberRole, atLeast: MemberRole): boolean {
  return rank[role] >= rank[atLeast];
}

/** Admins manage members and admins; only an owner may grant, change or remove the owner role. */
export function canManage(actor: MemberRole, targetCurrent: MemberRole, targetNew?: MemberRole): boolean {
  if (!hasRole(actor, "admin")) return false;
  if (targetCurrent === "owner" || targetNew === "owner") return actor === "owner";
  return true;
}

export const ROLE_LABELS: Record<MemberRole, string> = { owner: "Owner", admin: "Admin", member: "Member" };
