import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { MemberRole } from "@/db/schema";
import { auth } from "@/lib/auth";
import { getProfile } from "@/lib/account/profile";
import { hasRole } from "@/lib/tenancy/roles";
import { listTenantsOfUser, type TenantOfUser } from "@/lib/tenancy/tenants";

export const TENANT_COOKIE = "lagerbro_tenant";

/** Remembers the team the user chose; getTenantContext checks membership again on every request. */
export async function rememberTenant(tenantId: string): Promise<void> {
  (await cookies()).set(TENANT_COOKIE, tenantId, { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/" });
}

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

export interface TenantContext {
  user: SessionUser;
  tenant: TenantOfUser;
  role: MemberRole;
  tenants: TenantOfUser[];
}

/** The signed-in user, read fresh from the database (a deleted user is signed out). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return getProfile(id);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/**
 * The tenant this request acts for: the one in the switcher cookie when the user is still a
 * member of it, otherwise their first. Membership is checked on every request, never trusted
 * from the cookie.
 */
export const getTenantContext = cache(async (): Promise<TenantContext> => {
  const user = await requireUser();
  const tenants = await listTenantsOfUser(user.id);
  if (tenants.length === 0) redirect("/welcome");
  const wanted = (await cookies()).get(TENANT_COOKIE)?.value;
  const tenant = tenants.find((t) => t.id === wanted) ?? tenants[0]!;
  return { user, tenant, role: tenant.role, tenants };
});

/** For pages: renders the 403 page unless the user holds at least `role` in the current tenant. */
export async function requireRole(role: MemberRole): Promise<TenantContext> {
  const context = await getTenantContext();
  if (!hasRole(context.role, role)) forbidden();
  return context;
}
