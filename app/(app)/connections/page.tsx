import type { Metadata } from "next";
import { KeyRound } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import { StatusBadge } from "@/components/connections/status-badge";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listConnections } from "@/lib/connections/store";
import { findConnector } from "@/lib/connectors";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { tenant } = await getTenantContext();
  const { deleted } = await searchParams;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Connections"
        description="The logins Lagerbro keeps for your shops and warehouses. Secrets are stored encrypted and never shown again."
        actions={
          <Button asChild>
            <Link href="/connect">Connect a system</Link>
          </Button>
        }
      />
      {deleted ? <Alert variant="success">Connection deleted.</Alert> : null}
      <Suspense fallback={<PageSkeleton label="Loading connections" rows={3} withHeading={false} />}>
        <ConnectionsList tenantId={tenant.id} />
      </Suspense>
    </div>
  );
}

async function ConnectionsList({ tenantId }: { tenantId: string }) {
  const connections = await listConnections(tenantId);
  const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <Card>
      <CardContent className="pt-5">
        {connections.length === 0 ? (
          <EmptyState icon={KeyRound} title="No connections yet" action={<Button asChild><Link href="/connect">Connect a system</Link></Button>}>
            Connect asks for your shop&apos;s and your warehouse&apos;s logins and tests them. Or try it first with the sandbox.
          </EmptyState>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>System</TableHead>
                <TableHead>Status</TableHead>
                <TableHead className="hidden sm:table-cell">Last test (UTC)</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {connections.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>
                    <Link href={`/connections/${c.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {c.label}
                    </Link>
                  </TableCell>
                  <TableCell>{findConnector(c.connectorId)?.label ?? c.connectorId}</TableCell>
                  <TableCell>
                    <StatusBadge status={c.status} />
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{c.lastTestedAt ? time.format(c.lastTestedAt) : "never"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
