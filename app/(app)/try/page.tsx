import type { Metadata } from "next";
import Link from "next/link";
import { SandboxStartCard } from "@/components/sandbox/sandbox-start-card";
import { MoveOrdersButton, PlaceOrderButton, WarehouseCommandButton } from "@/components/sandbox/sandbox-buttons";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getConnection } from "@/lib/connections/store";
import type { Discovered } from "@/lib/connectors";
import { currentDeliveryMode } from "@/lib/outbox/delivery-mode";
import { findTenantSandbox } from "@/lib/sandbox-setup/find";
import { sandboxSnapshot } from "@/lib/sandbox-setup/orders";
import { sandboxAvailable } from "@/lib/sandbox-setup/setup";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Sandbox" };

const DELIVERY_WORDS = {
  inngest: "Inngest is delivering background work: orders move on their own within a minute.",
  local_worker: "The local worker is delivering background work: orders move on their own within a minute.",
  none: "No background worker is running here, so orders move when you press “Check both sides now” (this page then runs the pipeline steps itself).",
} as const;

export default async function SandboxPage() {
  const { tenant } = await getTenantContext();
  if (!sandboxAvailable()) {
    return (
      <div className="grid gap-4">
        <h1 className="text-2xl font-semibold">Sandbox</h1>
        <Alert>The sandbox is switched off for this installation.</Alert>
      </div>
    );
  }
  const sandbox = await findTenantSandbox(tenant.id);
  if (!sandbox?.linkId) {
    return (
      <div className="grid gap-4">
        <h1 className="text-2xl font-semibold">Sandbox</h1>
        <SandboxStartCard started={false} />
      </div>
    );
  }
  const [snapshot, mode, source] = await Promise.all([sandboxSnapshot(sandbox.space), currentDeliveryMode(), getConnection(tenant.id, sandbox.sourceConnectionId)]);
  const statuses = new Map(((source?.discovered as Discovered | null)?.statuses ?? []).map((s) => [s.id, s.label]));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <PageHeader
        title="Sandbox"
        description="A practice shop and a practice warehouse, linked like real ones. Place orders, play the warehouse, and watch Lagerbro carry each order across."
        actions={
          <div className="flex gap-2">
            <Button asChild variant="outline" size="sm">
              <Link href={`/links/${sandbox.linkId}`}>The sandbox link</Link>
            </Button>
          </div>
        }
      />
      <Alert>{DELIVERY_WORDS[mode.path]}</Alert>

      <Card>
        <CardHeader>
          <CardTitle>1. Your sandbox shop (plentymarkets)</CardTitle>
          <CardDescription>Orders in status 5 are ready for the warehouse. Lagerbro moves them to 5.1 once the warehouse has them, and to 7 with the tracking number once shipped.</CardDescription>
        </CardHeader>
        <CardContent className="grid grid-cols-[minmax(0,1fr)] gap-3">
          <div>
            <PlaceOrderButton />
          </div>
          {snapshot.shop.length === 0 ? (
            <p className="text-sm text-muted-foreground">No orders in the shop yet.</p>
          ) : (
            <Table data-testid="sandbox-shop-orders">
              <caption className="sr-only">Orders in the sandbox shop</caption>
              <TableHeader>
                <TableRow>
                  <TableHead>Order</TableHead>
                  <TableHead>Status in the shop</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {snapshot.shop.map((o) => (
                  <TableRow key={o.id}>
                    <TableCell className="font-medium">{o.id}</TableCell>
                    <TableCell>{statuses.get(o.status) ?? o.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>2. Lagerbro carries the news</CardTitle>
          <CardDescription>Takes ready orders to the warehouse, and brings shipments back to the shop.</CardDescription>
        </CardHeader>
        <CardContent>
          <MoveOrdersButton />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>3. Your sandbox warehouse (wemalo)</CardTitle>
          <CardDescription>You play the 3PL: ship an order, move it one step, or report a problem. Then press “Check both sides now” and see how Lagerbro and the shop react.</CardDescription>
        </CardHeader>
        <CardContent>
          {snapshot.warehouse.length === 0 ? (
            <p className="text-sm text-muted-foreground">The warehouse has no orders yet. Press “Check both sides now” to send the shop&apos;s ready orders.</p>
          ) : (
            <Table data-testid="sandbox-warehouse-orders">
              <caption className="sr-only">Orders at the sandbox warehouse</caption>
              <TableHeader>
                <TableRow>
                  <TableHead>Order</TableHead>
                  <TableHead>Warehouse status</TableHead>
                  <TableHead>Tracking</TableHead>
                  <TableHead>
                    <span className="sr-only">Warehouse actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {snapshot.warehouse.map((o) => {
                  const open = o.status !== "SHIPPED" && o.status !== "CANCELLED";
                  return (
                    <TableRow key={o.externalId} data-testid={`warehouse-order-${o.orderNumber}`}>
                      <TableCell className="font-medium">{o.orderNumber}</TableCell>
                      <TableCell>
                        <Badge>{o.status}</Badge>
                      </TableCell>
                      <TableCell className="font-mono text-xs">{o.tracking.join(", ") || "—"}</TableCell>
                      <TableCell>
                        {open ? (
                          <div className="flex flex-wrap gap-1">
                            <WarehouseCommandButton externalId={o.externalId} orderNumber={o.orderNumber} command="ship" />
                            <WarehouseCommandButton externalId={o.externalId} orderNumber={o.orderNumber} command="advance" />
                            <WarehouseCommandButton externalId={o.externalId} orderNumber={o.orderNumber} command="address-error" />
                            <WarehouseCommandButton externalId={o.externalId} orderNumber={o.orderNumber} command="out-of-stock" />
                          </div>
                        ) : null}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
