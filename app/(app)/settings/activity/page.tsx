import { History } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeAuditEvent } from "@/lib/audit/describe";
import { listAuditEvents } from "@/lib/audit/list";
import { requireRole } from "@/lib/session/current";

export const metadata: Metadata = { title: "Activity" };

const PATH = "/settings/activity";

/** Who changed credentials, mappings, links, members and API keys, newest first. */
export default async function ActivityPage({ searchParams }: { searchParams: Promise<{ after?: string | string[] }> }) {
  const { tenant } = await requireRole("admin");
  const { after } = await searchParams;
  const page = await listAuditEvents(tenant.id, { after: typeof after === "string" ? after : undefined });
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="grid gap-6">
      <PageHeader title="Activity" description={`Who changed what in ${tenant.name}: connections, links and their mappings, members and API keys. Secrets are never shown here.`} />
      {page.items.length === 0 ? (
        <EmptyState icon={History} title={after ? "No older activity" : "No changes yet"}>
          {after ? "You have reached the first change." : "Changes to connections, links, members and API keys appear here, with who made them."}
        </EmptyState>
      ) : (
        <Card>
          <CardContent className="overflow-x-auto">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>When</TableHead>
                  <TableHead>Who</TableHead>
                  <TableHead>What</TableHead>
                  <TableHead>Details</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {page.items.map((item) => {
                  const { what, detail } = describeAuditEvent(item);
                  return (
                    <TableRow key={item.id} data-testid="activity-row">
                      <TableCell className="whitespace-nowrap">{when.format(item.at)}</TableCell>
                      <TableCell>{item.actor ? (item.actor.name ?? item.actor.email) : <span className="text-muted-foreground">Lagerbro</span>}</TableCell>
                      <TableCell>{what}</TableCell>
                      <TableCell className="text-muted-foreground">{detail}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
      {after || page.next ? (
        <nav aria-label="Pages of activity" className="flex items-center justify-between gap-2">
          {after ? (
            <Button asChild variant="outline" size="sm">
              <Link href={PATH}>Newest changes</Link>
            </Button>
          ) : (
            <span />
          )}
          {page.next ? (
            <Button asChild variant="outline" size="sm">
              <Link href={`${PATH}?after=${page.next}`} rel="next">
                Older changes
              </Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
