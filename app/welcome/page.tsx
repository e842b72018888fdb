import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/app-shell/logo";
import { CreateTenantForm } from "@/components/settings/create-tenant-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/session/current";
import { listTenantsOfUser } from "@/lib/tenancy/tenants";

export const metadata: Metadata = { title: "Create a team" };

/** Where a user without a team lands (e.g. after being removed from their only one), and "New team". */
export default async function WelcomePage() {
  const user = await requireUser();
  const tenants = await listTenantsOfUser(user.id);
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <Logo />
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>Create a team</CardTitle>
          <CardDescription>
            {tenants.length === 0
              ? "You are not in any team yet. Create one for your company, or open an invitation link from a colleague."
              : "A new team has its own connections, orders and members."}
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <CreateTenantForm />
          {tenants.length > 0 ? (
            <Link className="text-center text-sm underline" href="/">
              Back to {tenants[0]!.name}
            </Link>
          ) : null}
        </CardContent>
      </Card>
    </main>
  );
}
