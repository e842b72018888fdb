"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { memberRole } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { rememberTenant, requireUser } from "@/lib/session/current";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/tenancy/invitations";
import { changeMemberRole, removeMember } from "@/lib/tenancy/members";
import { createTenant, listTenantsOfUser, renameTenant } from "@/lib/tenancy/tenants";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { runAction, runTenantAction } from "./run-action";

const roleSchema = z.enum(memberRole.enumValues, { message: "Choose a role." });
const idSchema = z.uuid({ message: "That item no longer exists." });

function parse<T>(schema: z.ZodType<T>, value: unknown, field?: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError(result.error.issues[0]!.message, field);
  return result.data;
}

export async function switchTenantAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const tenantId = text(formData, "tenantId");
  const tenants = await listTenantsOfUser(user.id);
  // Only a tenant the user belongs to can be chosen; anything else is ignored.
  if (tenants.some((t) => t.id === tenantId)) await rememberTenant(tenantId);
  redirect("/");
}

export async function createTenantAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const user = await requireUser();
    const tenantId = await createTenant(text(formData, "name"), user.id);
    await rememberTenant(tenantId);
    redirect("/");
  });
}

export async function acceptInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const user = await requireUser();
    const tenantId = await acceptInvitation(text(formData, "token"), user);
    await rememberTenant(tenantId);
    redirect("/");
  });
}

export async function renameTenantAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    await renameTenant(tenant.id, text(formData, "name"), user.id);
    revalidatePath("/", "layout");
    return { status: "success", message: "Saved." };
  });
}

export async function inviteMemberAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user, role }) => {
    const { link, invitation, mailed } = await createInvitation({
      tenantId: tenant.id,
      actor: { userId: user.id, role, name: user.name ?? user.email },
      email: text(formData, "email"),
      role: parse(roleSchema, text(formData, "role"), "role"),
    });
    revalidatePath("/settings/members");
    const message = mailed
      ? `Invitation for ${invitation.email} created and mailed. Share this link with them:`
      : `Invitation for ${invitation.email} created, but the e-mail could not be sent (the mail server did not take it). Send them this link yourself:`;
    return { status: "success", message, data: { link } };
  });
}

export async function changeMemberRoleAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user, role }) => {
    await changeMemberRole(tenant.id, { userId: user.id, role }, parse(idSchema, text(formData, "userId")), parse(roleSchema, text(formData, "role"), "role"));
    revalidatePath("/settings/members");
    return { status: "success", message: "Role changed." };
  });
}

export async function removeMemberAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user, role }) => {
    await removeMember(tenant.id, { userId: user.id, role }, parse(idSchema, text(formData, "userId")));
    revalidatePath("/settings/members");
    return { status: "success", message: "Member removed." };
  });
}

export async function revokeInvitationAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    await revokeInvitation(tenant.id, parse(idSchema, text(formData, "invitationId")), user.id);
    revalidatePath("/settings/members");
    return { status: "success", message: "Invitation withdrawn." };
  });
}
