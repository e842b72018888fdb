import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getSessionUser } from "@/lib/session/current";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { next, reset } = await searchParams;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign in to Lagerbro</CardTitle>
      </CardHeader>
      <CardContent>
        <SignInForm next={next} notice={reset ? "Your password was changed. Sign in with the new one." : undefined} />
      </CardContent>
    </Card>
  );
}
