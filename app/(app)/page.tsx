import { Cable, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getTenantContext } from "@/lib/session/current";
import { listPendingInvitations } from "@/lib/tenancy/invitations";
import { listMembers } from "@/lib/tenancy/members";
import { hasRole, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Overview" };

export default async function HomePage() {
  const { user, tenant, role } = await getTenantContext();
  const [members, invitations] = await Promise.all([listMembers(tenant.id), listPendingInvitations(tenant.id)]);
  const canManage = hasRole(role, "admin");
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {user.name ?? user.email}</h1>
        <p className="text-sm text-muted-foreground">
          {tenant.name} · you are <Badge>{ROLE_LABELS[role]}</Badge>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Cable className="size-4" aria-hidden /> Shop and warehouse
            </CardTitle>
            <CardDescription>
              Lagerbro sends every order from your shop to your 3PL&apos;s warehouse, follows its status and writes the tracking number back.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <p className="text-sm">No shop or warehouse is connected to {tenant.name} yet.</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Users className="size-4" aria-hidden /> Your team
            </CardTitle>
            <CardDescription>
              {members.length} {members.length === 1 ? "member" : "members"}
              {invitations.length > 0 ? `, ${invitations.length} invitation${invitations.length === 1 ? "" : "s"} waiting` : ""}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {canManage ? (
              <Button asChild variant="outline" size="sm">
                <Link href="/settings/members">Invite colleagues</Link>
              </Button>
            ) : (
              <p className="text-sm text-muted-foreground">An owner or admin of {tenant.name} manages the team.</p>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
