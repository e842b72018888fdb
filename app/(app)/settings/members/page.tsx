import type { Metadata } from "next";
import { InviteForm } from "@/components/settings/invite-form";
import { MemberRoleSelect, RemoveMemberButton, RevokeInvitationButton } from "@/components/settings/member-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireRole } from "@/lib/session/current";
import { listPendingInvitations } from "@/lib/tenancy/invitations";
import { listMembers } from "@/lib/tenancy/members";
import { canManage, ROLE_LABELS, ROLES } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const { tenant, user, role } = await requireRole("admin");
  const [members, invitations] = await Promise.all([listMembers(tenant.id), listPendingInvitations(tenant.id)]);
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Members</h1>
      <Card>
        <CardHeader>
          <CardTitle>Invite someone</CardTitle>
          <CardDescription>They get an e-mail with a link that works once and expires after 7 days. You can also copy the link and send it yourself.</CardDescription>
        </CardHeader>
        <CardContent>
          <InviteForm canInviteOwner={role === "owner"} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>People in {tenant.name}</CardTitle>
          <CardDescription>Owners manage everything, including other owners. Admins manage settings and members. Members use the app.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>E-mail</TableHead>
                <TableHead>Role</TableHead>
                <TableHead className="sr-only sm:not-sr-only">Actions</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((m) => {
                const label = m.name ?? m.email;
                const manageable = canManage(role, m.role);
                return (
                  <TableRow key={m.userId} data-testid={`member-${m.email}`}>
                    <TableCell>
                      {label} {m.userId === user.id ? <Badge>you</Badge> : null}
                    </TableCell>
                    <TableCell>{m.email}</TableCell>
                    <TableCell>
                      {manageable ? (
                        <MemberRoleSelect userId={m.userId} role={m.role} label={label} roles={ROLES.filter((r) => canManage(role, m.role, r))} />
                      ) : (
                        <Badge data-testid="member-role">{ROLE_LABELS[m.role]}</Badge>
                      )}
                    </TableCell>
                    <TableCell>{manageable || m.userId === user.id ? <RemoveMemberButton userId={m.userId} label={label} /> : null}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Waiting invitations</CardTitle>
        </CardHeader>
        <CardContent>
          {invitations.length === 0 ? (
            <p className="text-sm text-muted-foreground">No invitation is waiting.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>E-mail</TableHead>
                  <TableHead>Role</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {invitations.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.email}</TableCell>
                    <TableCell>{ROLE_LABELS[i.role]}</TableCell>
                    <TableCell>{dateFormat.format(i.expiresAt)}</TableCell>
                    <TableCell>
                      <RevokeInvitationButton invitationId={i.id} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
