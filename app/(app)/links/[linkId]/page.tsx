import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/connections/status-badge";
import { DeleteLinkButton, PauseResumeButton } from "@/components/links/link-controls";
import { LinkFlowSummary } from "@/components/links/link-flow-summary";
import { ProductSettingsForm } from "@/components/links/product-settings-form";
import { ProductSettingsSummary } from "@/components/links/product-settings-summary";
import { DriftReportView } from "@/components/products/drift-report";
import { SyncNowButtons } from "@/components/products/sync-now-buttons";
import { MappingsForm } from "@/components/wizard/mappings-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { updateLinkMappingsAction } from "@/lib/actions/link-actions";
import { getConnection } from "@/lib/connections/store";
import { findLink, linkCounts } from "@/lib/links/manage";
import { routes } from "@/lib/app-routes";
import { driftReport, listLinkProducts, syncCapabilities, syncSettingsOf } from "@/lib/products";
import { getLink } from "@/lib/pipeline/links";
import { getTenantContext } from "@/lib/session/current";
import { hasRole } from "@/lib/tenancy/roles";
import { mappingsViewFor } from "@/lib/wizard/step-view";
import { flowView } from "@/lib/wizard/flow-view";

export const metadata: Metadata = { title: "Link" };

export default async function LinkPage({ params, searchParams }: { params: Promise<{ linkId: string }>; searchParams: Promise<{ activated?: string }> }) {
  const [{ linkId }, { activated }] = await Promise.all([params, searchParams]);
  const { tenant, role } = await getTenantContext();
  const summary = await findLink(tenant.id, linkId);
  if (!summary) notFound();
  const [link, counts, source, warehouse, drift, firstProduct] = await Promise.all([
    getLink(tenant.id, summary.id),
    linkCounts(tenant.id, summary.id),
    getConnection(tenant.id, summary.sourceConnectionId),
    getConnection(tenant.id, summary.warehouseConnectionId),
    driftReport(tenant.id, summary.id),
    listLinkProducts(tenant.id, summary.id, { limit: 1 }),
  ]);
  const view = mappingsViewFor(link.mappings, source, warehouse);
  const syncs = syncCapabilities(source?.connectorId, warehouse?.connectorId);
  const syncsAnything = syncs.products || syncs.stock;
  const canEdit = hasRole(role, "admin");
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            <Link href="/links" className="underline-offset-4 hover:underline">
              Links
            </Link>{" "}
            › {link.name}
          </p>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
            {link.name} <StatusBadge status={link.status} />
          </h1>
          <p className="text-sm text-muted-foreground">
            From{" "}
            <Link className="text-primary underline-offset-4 hover:underline" href={`/connections/${summary.sourceConnectionId}`}>
              {summary.sourceLabel}
            </Link>{" "}
            to{" "}
            <Link className="text-primary underline-offset-4 hover:underline" href={`/connections/${summary.warehouseConnectionId}`}>
              {summary.warehouseLabel}
            </Link>{" "}
            · checks every {link.settings.scheduleMinutes === 1 ? "minute" : `${link.settings.scheduleMinutes} minutes`} · customers are e-mailed by {link.settings.customerEmailBy === "shop" ? "the shop" : "the 3PL"}
          </p>
          <LinkFlowSummary flow={flowView(source?.connectorId, warehouse?.connectorId, link.settings)} />
        </div>
        {canEdit ? <PauseResumeButton linkId={link.id} status={link.status} /> : null}
      </div>
      {activated ? (
        <Alert variant="success" data-testid="link-activated">
          The link is active. Lagerbro is taking in the orders waiting in {view.sourceName} now; each one shows up under Orders as it reaches the warehouse.
        </Alert>
      ) : null}
      {link.status === "paused" ? <Alert>This link is paused: no new orders are taken in or sent. Resume it to catch up.</Alert> : null}
      <dl className="grid grid-cols-2 gap-4 sm:max-w-md">
        <div className="rounded-lg border border-border bg-card p-4">
          <dt className="text-xs text-muted-foreground">Orders carried</dt>
          <dd className="text-2xl font-semibold" data-testid="link-orders">
            {counts.orders}
          </dd>
          <dd className="text-xs">
            <Link className="text-primary underline-offset-4 hover:underline" href={`/orders?link=${link.id}`}>
              See its orders
            </Link>
          </dd>
        </div>
        <div className="rounded-lg border border-border bg-card p-4">
          <dt className="text-xs text-muted-foreground">Open exceptions</dt>
          <dd className="text-2xl font-semibold">{counts.openExceptions}</dd>
          {counts.openExceptions > 0 ? (
            <dd className="text-xs">
              <Link className="text-primary underline-offset-4 hover:underline" href="/exceptions">
                Open the problems
              </Link>
            </dd>
          ) : null}
        </div>
      </dl>
      {syncsAnything ? (
        <Card id="products" className="scroll-mt-4">
          <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
            <div className="grid gap-1">
              <CardTitle>Products and stock</CardTitle>
              <CardDescription>
                Where the shop and the warehouse disagree after the last sync.{" "}
                <Link className="text-primary underline-offset-4 hover:underline" href={routes.linkProducts(link.id)}>
                  Open the products list
                </Link>
              </CardDescription>
            </div>
            <SyncNowButtons linkId={link.id} products={syncs.products} stock={syncs.stock} />
          </CardHeader>
          <CardContent>
            <DriftReportView linkId={link.id} report={drift} hasProducts={firstProduct.rows.length > 0} sourceName={view.sourceName} warehouseName={view.warehouseName} />
          </CardContent>
        </Card>
      ) : null}
      <Card id="mappings" className="scroll-mt-4">
        <CardHeader>
          <CardTitle>Mappings</CardTitle>
          <CardDescription>How statuses, shipping methods and SKUs match. An order in exception for a missing mapping goes through once you add it here and retry the order.</CardDescription>
        </CardHeader>
        <CardContent>
          {canEdit ? (
            <MappingsForm
              action={updateLinkMappingsAction}
              hidden={{ linkId: link.id }}
              mappings={view.mappings}
              statuses={view.statuses}
              sourceMethods={view.sourceMethods}
              warehouseProfiles={view.warehouseProfiles}
              sourceName={view.sourceName}
              warehouseName={view.warehouseName}
              skuText={view.skuText}
              skuCsv={view.skuCsv}
              submitLabel="Save mappings"
              notice={view.missingStatuses.length ? `${view.sourceName} lacks status ${view.missingStatuses.join(", ")}: create it there, or choose another.` : undefined}
              showStatuses={view.showStatuses}
              shippingTitle={view.shippingTitle}
              shippingHelp={view.shippingHelp}
            />
          ) : (
            <p className="text-sm text-muted-foreground">An owner or admin can change the mappings.</p>
          )}
        </CardContent>
      </Card>
      {syncsAnything ? (
        <Card id="products-settings" className="scroll-mt-4">
          <CardHeader>
            <CardTitle>Products and stock settings</CardTitle>
            <CardDescription>Which way products and stock figures travel, and what an order with an unknown SKU does.</CardDescription>
          </CardHeader>
          <CardContent>
            {canEdit ? (
              <ProductSettingsForm linkId={link.id} settings={syncSettingsOf(link.settings)} sourceName={view.sourceName} warehouseName={view.warehouseName} />
          ) : (
            <ProductSettingsSummary settings={syncSettingsOf(link.settings)} warehouseName={view.warehouseName} />
          )}
        </CardContent>
      </Card>
      ) : (
        <p className="text-sm text-muted-foreground" data-testid="no-product-sync">
          Products and stock are not synced on this link: between {view.sourceName} and {view.warehouseName} only orders and shipments travel. Lagerbro syncs them where the shop lists its catalogue and the warehouse keeps the stock.
        </p>
      )}
      {canEdit ? (
        <Card className="border-red-200">
          <CardHeader>
            <CardTitle>Delete</CardTitle>
            <CardDescription>Stops this link for good. To stop for a while, pause it instead.</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteLinkButton linkId={link.id} name={link.name} orders={counts.orders} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
