import { Users } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The team at a glance, with the way to invite colleagues for those who may. */
export function TeamCard({ tenantName, members, invitations, canManage }: { tenantName: string; members: number; invitations: number; canManage: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Users className="size-4" aria-hidden /> Your team
        </CardTitle>
        <CardDescription>
          {members} {members === 1 ? "member" : "members"}
          {invitations > 0 ? `, ${invitations} invitation${invitations === 1 ? "" : "s"} waiting` : ""}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {canManage ? (
          <Button asChild variant="outline" size="sm">
            <Link href="/settings/members">Invite colleagues</Link>
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">An owner or admin of {tenantName} manages the team.</p>
        )}
      </CardContent>
    </Card>
  );
}
