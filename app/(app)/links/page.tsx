import type { Metadata } from "next";
import { Cable } from "lucide-react";
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
import { listLinks } from "@/lib/links/manage";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Links" };

export default async function LinksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { tenant } = await getTenantContext();
  const { deleted } = await searchParams;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Links"
        description="Each link carries orders from one shop to one warehouse, and tracking numbers back."
        actions={
          <Button asChild>
            <Link href="/connect">New link</Link>
          </Button>
        }
      />
      {deleted ? <Alert variant="success">Link deleted.</Alert> : null}
      <Suspense fallback={<PageSkeleton label="Loading links" rows={3} withHeading={false} />}>
        <LinksList tenantId={tenant.id} />
      </Suspense>
    </div>
  );
}

async function LinksList({ tenantId }: { tenantId: string }) {
  const links = await listLinks(tenantId);
  return (
    <Card>
      <CardContent className="pt-5">
        {links.length === 0 ? (
          <EmptyState icon={Cable} title="No links yet" action={<Button asChild><Link href="/connect">Connect a shop to a warehouse</Link></Button>}>
            A link carries orders from one shop to one warehouse and tracking numbers back. Set one up, or try it first with the sandbox.
          </EmptyState>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>From shop</TableHead>
                <TableHead>To warehouse</TableHead>
                <TableHead>Status</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {links.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>
                    <Link href={`/links/${l.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {l.name}
                    </Link>
                  </TableCell>
                  <TableCell>{l.sourceLabel}</TableCell>
                  <TableCell>{l.warehouseLabel}</TableCell>
                  <TableCell>
                    <StatusBadge status={l.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
