import { Boxes } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StatusBadge } from "@/components/connections/status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { routes } from "@/lib/app-routes";
import { listLinks } from "@/lib/links/manage";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Products" };

/**
 * "Products" in the navigation: products live per link (a shop's catalogue as one warehouse
 * knows it), so one link goes straight to its list and several are offered to choose from.
 */
export default async function ProductsPage() {
  const { tenant } = await getTenantContext();
  const links = await listLinks(tenant.id);
  if (links.length === 1) redirect(routes.linkProducts(links[0]!.id));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader title="Products" description="Your shop's products as each warehouse knows them, with the stock on both sides. Choose a link." />
      {links.length === 0 ? (
        <EmptyState icon={Boxes} title="No products yet" action={<Button asChild><Link href={routes.connect}>Connect a shop to a warehouse</Link></Button>}>
          Once a shop is linked to a warehouse, Lagerbro sends its products there and writes the warehouse&apos;s stock back to the shop.
        </EmptyState>
      ) : (
        <Card>
          <CardContent className="pt-5">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">Link</TableHead>
                  <TableHead scope="col">From shop</TableHead>
                  <TableHead scope="col">To warehouse</TableHead>
                  <TableHead scope="col">Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {links.map((l) => (
                  <TableRow key={l.id}>
                    <TableCell>
                      <Link href={routes.linkProducts(l.id)} className="font-medium text-primary underline-offset-4 hover:underline">
                        Products of {l.name}
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
          </CardContent>
        </Card>
      )}
    </div>
  );
}
