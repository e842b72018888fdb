import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withDbContext, withoutTenant } from "@/db";
import { invitations, users } from "@/db/schema";
import { signUpOwner, TEST_PASSWORD, uniqueEmail } from "@/db/testing/fixtures";
import { UserError } from "@/lib/errors/user-error";
import { hashLinkToken } from "@/lib/security/tokens";
import { acceptInvitation, createInvitation, describeInvitation } from "./invitations";
import { changeMemberRole, listMembers, membershipRole, removeMember } from "./members";
import { signUp } from "./sign-up";
import { listTenantsOfUser } from "./tenants";

async function countUsersWithEmail(email: string): Promise<number> {
  const rows = await withoutTenant((tx) => tx.select({ id: users.id }).from(users).where(eq(users.email, email)));
  return rows.length;
}

async function expectUserError(promise: Promise<unknown>, message: RegExp, field?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(message);
  if (field) expect((error as UserError).field).toBe(field);
}

function tokenOf(link: string): string {
  return link.split("/invite/")[1]!;
}

describe("sign-up", () => {
  it("creates the user, a tenant and an owner membership", async () => {
    const { userId, tenantId } = await signUpOwner("Nordlicht Handel");
    expect(await listTenantsOfUser(userId)).toEqual([{ id: tenantId, name: "Nordlicht Handel", role: "owner" }]);
  });

  it("rejects a malformed e-mail, a short password and a missing company, storing nothing", async () => {
    await expectUserError(signUp({ name: "A", email: "not-an-email", password: TEST_PASSWORD, company: "Acme" }), /valid e-mail/, "email");
    const email = uniqueEmail();
    await expectUserError(signUp({ name: "A", email, password: "short", company: "Acme" }), /at least 10 characters/, "password");
    await expectUserError(signUp({ name: "A", email, password: TEST_PASSWORD, company: " " }), /company name/, "company");
    expect(await countUsersWithEmail(email)).toBe(0);
  });

  it("rejects a taken e-mail whatever its case", async () => {
    const email = uniqueEmail();
    await signUp({ name: "First", email, password: TEST_PASSWORD, company: "First Co" });
    await expectUserError(signUp({ name: "Second", email: email.toUpperCase(), password: TEST_PASSWORD, company: "Second Co" }), /already exists/, "email");
    expect(await countUsersWithEmail(email)).toBe(1);
  });
});

describe("invitations", () => {
  it("lets the invitee sign up through the link into that tenant, once", async () => {
    const owner = await signUpOwner("Inviting Co");
    const email = uniqueEmail("invitee");
    const { link } = await createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email, role: "member" });
    expect(await describeInvitation(tokenOf(link))).toMatchObject({ state: "valid", email, tenantName: "Inviting Co", role: "member" });

    const invitee = await signUp({ name: "Invitee", email, password: TEST_PASSWORD, inviteToken: tokenOf(link) });
    expect(invitee.tenantId).toBe(owner.tenantId);
    expect(await membershipRole(owner.tenantId, invitee.userId)).toBe("member");
    // No tenant of their own was made for them.
    expect(await listTenantsOfUser(invitee.userId)).toHaveLength(1);

    expect((await describeInvitation(tokenOf(link))).state).toBe("used");
    const second = uniqueEmail("second");
    await expectUserError(signUp({ name: "Second", email: second, password: TEST_PASSWORD, inviteToken: tokenOf(link) }), /already been used/);
    expect(await countUsersWithEmail(second)).toBe(0);
  });

  it("refuses an expired invitation and leaves no user behind", async () => {
    const owner = await signUpOwner();
    const email = uniqueEmail("late");
    const { link } = await createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email, role: "admin" });
    const tokenHash = hashLinkToken(tokenOf(link));
    await withDbContext({ invitationTokenHash: tokenHash }, (tx) =>
      tx.update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.tokenHash, tokenHash)),
    );
    await expectUserError(signUp({ name: "Late", email, password: TEST_PASSWORD, inviteToken: tokenOf(link) }), /expired/);
    expect(await countUsersWithEmail(email)).toBe(0);
  });

  it("refuses an invitation sent to someone else", async () => {
    const owner = await signUpOwner();
    const { link } = await createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email: uniqueEmail("meant"), role: "member" });
    const other = uniqueEmail("other");
    await expectUserError(signUp({ name: "Other", email: other, password: TEST_PASSWORD, inviteToken: tokenOf(link) }), /was sent to/);
    expect(await countUsersWithEmail(other)).toBe(0);
  });

  it("lets an existing user of another tenant accept and then belong to both", async () => {
    const a = await signUpOwner("Tenant One");
    const b = await signUpOwner("Tenant Two");
    const [bEmail] = await withoutTenant((tx) => tx.select({ email: users.email }).from(users).where(eq(users.id, b.userId)));
    const { link } = await createInvitation({ tenantId: a.tenantId, actor: { userId: a.userId, role: "owner", name: "A" }, email: bEmail!.email, role: "admin" });
    await acceptInvitation(tokenOf(link), { id: b.userId, email: bEmail!.email });
    expect((await listTenantsOfUser(b.userId)).map((t) => t.name).sort()).toEqual(["Tenant One", "Tenant Two"]);
  });

  it("does not let an admin invite an owner", async () => {
    const owner = await signUpOwner();
    await expectUserError(
      createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "admin", name: "Admin" }, email: uniqueEmail(), role: "owner" }),
      /Only an owner/,
      "role",
    );
  });
});

describe("members", () => {
  async function teamOfTwo() {
    const owner = await signUpOwner();
    const email = uniqueEmail("member");
    const { link } = await createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email, role: "member" });
    const member = await signUp({ name: "Member", email, password: TEST_PASSWORD, inviteToken: tokenOf(link) });
    return { owner, member };
  }

  it("lets the owner make a member admin", async () => {
    const { owner, member } = await teamOfTwo();
    await changeMemberRole(owner.tenantId, { userId: owner.userId, role: "owner" }, member.userId, "admin");
    expect(await membershipRole(owner.tenantId, member.userId)).toBe("admin");
  });

  it("never leaves a tenant without an owner", async () => {
    const { owner, member } = await teamOfTwo();
    const actor = { userId: owner.userId, role: "owner" as const };
    await expectUserError(changeMemberRole(owner.tenantId, actor, owner.userId, "admin"), /at least one owner/);
    await expectUserError(removeMember(owner.tenantId, actor, owner.userId), /at least one owner/);
    await changeMemberRole(owner.tenantId, actor, member.userId, "owner");
    await changeMemberRole(owner.tenantId, actor, owner.userId, "admin");
    expect((await listMembers(owner.tenantId)).map((m) => m.role).sort()).toEqual(["admin", "owner"]);
  });

  it("does not let an admin remove or demote an owner", async () => {
    const { owner, member } = await teamOfTwo();
    await changeMemberRole(owner.tenantId, { userId: owner.userId, role: "owner" }, member.userId, "admin");
    const admin = { userId: member.userId, role: "admin" as const };
    await expectUserError(removeMember(owner.tenantId, admin, owner.userId), /Only an owner/);
    await expectUserError(changeMemberRole(owner.tenantId, admin, owner.userId, "member"), /Only an owner/);
  });

  it("removes a member", async () => {
    const { owner, member } = await teamOfTwo();
    await removeMember(owner.tenantId, { userId: owner.userId, role: "owner" }, member.userId);
    expect(await membershipRole(owner.tenantId, member.userId)).toBeNull();
  });
});
