import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { setDbContext, withDbContext, withTenant, type Tx } from "@/db";
import { invitations, memberships, tenants, users, type Invitation, type MemberRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { emailSchema } from "@/lib/auth/email";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors/user-error";
import { sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";
import { hashLinkToken, newLinkToken } from "@/lib/security/tokens";
import { canManage } from "./roles";

export const INVITATION_VALID_DAYS = 7;

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "not_found";

export const INVITATION_PROBLEMS: Record<Exclude<InvitationState, "valid">, string> = {
  expired: "This invitation has expired. Ask for a new one.",
  used: "This invitation has already been used. Sign in, or ask for a new one.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
  not_found: "This invitation link is not valid. Check that you copied all of it.",
};

export function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, env().APP_URL).toString();
}

export function invitationState(invitation: Invitation | undefined, now = new Date()): InvitationState {
  if (!invitation) return "not_found";
  if (invitation.revokedAt) return "revoked";
  if (invitation.acceptedAt) return "used";
  if (invitation.expiresAt <= now) return "expired";
  return "valid";
}

export interface CreatedInvitation {
  link: string;
  invitation: Invitation;
  /** False when the mail server refused or could not be reached: the invitation stands, the link must be shared by hand. */
  mailed: boolean;
}

export async function createInvitation(params: {
  tenantId: string;
  actor: { userId: string; role: MemberRole; name: string };
  email: string;
  role: MemberRole;
}): Promise<CreatedInvitation> {
  const email = emailSchema.safeParse(params.email);
  if (!email.success) throw new UserError(email.error.issues[0]!.message, "email");
  if (!canManage(params.actor.role, "member", params.role)) {
    throw new UserError(`Only an owner can invite someone as ${params.role}.`, "role");
  }
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000);

  const { invitation, tenantName } = await withTenant(params.tenantId, async (tx) => {
    const existingMember = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, params.tenantId), eq(users.email, email.data)))
      .limit(1);
    if (existingMember.length > 0) throw new UserError(`${email.data} is already a member of this team.`, "email");
    const [row] = await tx
      .insert(invitations)
      .values({ tenantId: params.tenantId, email: email.data, role: params.role, tokenHash: hash, invitedBy: params.actor.userId, expiresAt })
      .returning();
    await recordAudit(tx, params.tenantId, { actorUserId: params.actor.userId, action: "member.invited", target: { type: "invitation", id: row!.id }, details: { email: email.data, role: params.role } });
    const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, params.tenantId));
    return { invitation: row!, tenantName: tenant!.name };
  });

  const link = invitationLink(token);
  try {
    await sendMail(invitationMail(email.data, tenantName, params.actor.name, link, expiresAt));
    return { link, invitation, mailed: true };
  } catch (error) {
    // The invitation is stored and its link is shown to the inviter; a mail server that is down
    // must not turn that into a failed action. Only the error's name is logged (SMTP_URL holds a password).
    console.error("[lagerbro] invitation mail not sent", error instanceof Error ? error.name : "unknown");
    return { link, invitation, mailed: false };
  }
}

export async function listPendingInvitations(tenantId: string): Promise<Invitation[]> {
  return withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.tenantId, tenantId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
      .orderBy(desc(invitations.createdAt)),
  );
}

export async function revokeInvitation(tenantId: string, invitationId: string, actorUserId?: string): Promise<void> {
  const revoked = await withTenant(tenantId, async (tx) => {
    const rows = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
    for (const row of rows) {
      await recordAudit(tx, tenantId, { actorUserId, action: "invitation.revoked", target: { type: "invitation", id: row.id }, details: { email: row.email, role: row.role } });
    }
    return rows;
  });
  if (revoked.length === 0) throw new UserError("That invitation no longer exists or was already used.");
}

/** What the invitation page shows before anyone signs in. */
export async function describeInvitation(token: string): Promise<{ state: InvitationState; email?: string; tenantName?: string; role?: MemberRole }> {
  const tokenHash = hashLinkToken(token);
  return withDbContext({ invitationTokenHash: tokenHash }, async (tx) => {
    const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
    const state = invitationState(invitation);
    if (!invitation || state !== "valid") return { state };
    await setDbContext(tx, { tenantId: invitation.tenantId, invitationTokenHash: tokenHash });
    const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, invitation.tenantId));
    return { state, email: invitation.email, tenantName: tenant?.name, role: invitation.role };
  });
}

/**
 * Inside the caller's transaction: checks the invitation, adds the membership and marks the link
 * used, so a failure anywhere leaves nothing half done. Returns the tenant joined.
 */
export async function acceptInvitationInTx(tx: Tx, token: string, user: { id: string; email: string }): Promise<string> {
  const tokenHash = hashLinkToken(token);
  await setDbContext(tx, { userId: user.id, invitationTokenHash: tokenHash });
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash)).for("update");
  const state = invitationState(invitation);
  if (state !== "valid") throw new UserError(INVITATION_PROBLEMS[state]);
  if (invitation!.email !== user.email) {
    throw new UserError(`This invitation was sent to ${invitation!.email}. Use that address.`, "email");
  }
  await setDbContext(tx, { tenantId: invitation!.tenantId, userId: user.id, invitationTokenHash: tokenHash });
  const joined = await tx
    .insert(memberships)
    .values({ tenantId: invitation!.tenantId, userId: user.id, role: invitation!.role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  if (joined.length > 0) {
    await recordAudit(tx, invitation!.tenantId, { actorUserId: user.id, action: "member.joined", target: { type: "member", id: user.id }, details: { email: user.email, role: invitation!.role } });
  }
  await tx.update(invitations).set({ acceptedAt: new Date(), acceptedBy: user.id }).where(eq(invitations.id, invitation!.id));
  return invitation!.tenantId;
}

export async function acceptInvitation(token: string, user: { id: string; email: string }): Promise<string> {
  return withDbContext({ userId: user.id }, (tx) => acceptInvitationInTx(tx, token, user));
}
