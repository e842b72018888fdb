import type { Metadata } from "next";
import { TenantNameForm } from "@/components/settings/tenant-name-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireRole } from "@/lib/session/current";

export const metadata: Metadata = { title: "Team settings" };

export default async function SettingsPage() {
  const { tenant } = await requireRole("admin");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Team settings</h1>
      <Card>
        <CardHeader>
          <CardTitle>Company</CardTitle>
          <CardDescription>The name your team sees in Lagerbro and in invitations.</CardDescription>
        </CardHeader>
        <CardContent>
          <TenantNameForm name={tenant.name} />
        </CardContent>
      </Card>
    </div>
  );
}
