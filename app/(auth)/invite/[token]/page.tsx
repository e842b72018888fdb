import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUser } from "@/lib/session/current";
import { describeInvitation, INVITATION_PROBLEMS } from "@/lib/tenancy/invitations";
import { ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await describeInvitation(token);
  const user = await getSessionUser();

  if (invitation.state !== "valid") {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Invitation</CardTitle>
        </CardHeader>
        <CardContent>
          <Alert variant="error">{INVITATION_PROBLEMS[invitation.state]}</Alert>
        </CardContent>
      </Card>
    );
  }
  const { email, tenantName, role } = invitation as Required<typeof invitation>;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Join {tenantName} on Lagerbro</CardTitle>
        <CardDescription>
          You are invited as {ROLE_LABELS[role].toLowerCase()}.
          {user ? null : " Create your account to accept."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {user ? (
          user.email === email ? (
            <AcceptInvitationForm token={token} tenantName={tenantName} />
          ) : (
            <Alert variant="error">
              This invitation was sent to {email}, but you are signed in as {user.email}. Sign out and open the link again.
            </Alert>
          )
        ) : (
          <>
            <SignUpForm invitation={{ token, email, tenantName }} />
            <p className="text-center text-sm text-muted-foreground">
              Already have an account for {email}? <Link className="underline" href={`/sign-in?next=/invite/${token}`}>Sign in first</Link>
            </p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
