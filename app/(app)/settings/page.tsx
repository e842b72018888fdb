import type { Metadata } from "next";
import Link from "next/link";
import { TenantNameForm } from "@/components/settings/tenant-name-form";
import { Button } from "@/components/ui/button";
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
      <Card>
        <CardHeader>
          <CardTitle>Pull API</CardTitle>
          <CardDescription>Keys for your shop to show its customers their orders, invoices and tracking from Lagerbro.</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline">
            <Link href="/settings/api">Manage API keys</Link>
          </Button>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Activity</CardTitle>
          <CardDescription>Who changed connections, links and their mappings, members and API keys, and when.</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline">
            <Link href="/settings/activity">See activity</Link>
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}
