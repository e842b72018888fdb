import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { isResetTokenUsable } from "@/lib/account/password-reset";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isResetTokenUsable(token);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Choose a new password</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Alert variant="error">
            This reset link has expired or was already used. <Link className="underline" href="/forgot-password">Ask for a new one</Link>.
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
