import { ChevronLeft, ChevronRight, Boxes } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ProductsFilterForm } from "@/components/products/products-filter-form";
import { ProductsTable } from "@/components/products/products-table";
import { SyncNowButtons } from "@/components/products/sync-now-buttons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { routes } from "@/lib/app-routes";
import { findConnector } from "@/lib/connectors";
import { findLink, type LinkSummary } from "@/lib/links/manage";
import { listLinkProducts, parseLinkProductsFilter, type LinkProductsFilter } from "@/lib/products";
import { hasProductsFilter, withProductsFilter } from "@/lib/products/filter-params";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Products" };

type SearchParams = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LinkProductsPage({ params, searchParams }: { params: Promise<{ linkId: string }>; searchParams: Promise<SearchParams> }) {
  const [{ linkId }, query] = await Promise.all([params, searchParams]);
  const { tenant } = await getTenantContext();
  const link = await findLink(tenant.id, linkId);
  if (!link) notFound();
  const sourceName = findConnector(link.sourceConnectorId)?.label ?? "the shop";
  const warehouseName = findConnector(link.warehouseConnectorId)?.label ?? "the warehouse";
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted-foreground">
            <Link href={routes.links} className="underline-offset-4 hover:underline">
              Links
            </Link>{" "}
            ›{" "}
            <Link href={routes.link(link.id)} className="underline-offset-4 hover:underline">
              {link.name}
            </Link>{" "}
            › Products
          </p>
          <h1 className="text-2xl font-semibold">Products</h1>
          <p className="text-sm text-muted-foreground">
            The products of {sourceName} on this link: whether {warehouseName} has each one, and the stock on both sides.
          </p>
        </div>
        <SyncNowButtons linkId={link.id} />
      </div>
      {/* Keyed by the URL: each new filter or page shows the placeholder while it loads. */}
      <Suspense key={JSON.stringify(query)} fallback={<PageSkeleton label="Loading products" rows={8} withHeading={false} />}>
        <ProductsList tenantId={tenant.id} link={link} query={query} sourceName={sourceName} warehouseName={warehouseName} />
      </Suspense>
    </div>
  );
}

async function ProductsList({ tenantId, link, query, sourceName, warehouseName }: { tenantId: string; link: LinkSummary; query: SearchParams; sourceName: string; warehouseName: string }) {
  const filter = parseLinkProductsFilter(query);
  const after = one(query.after);
  const page = await listLinkProducts(tenantId, link.id, { ...filter, ...(after ? { cursor: after } : {}) });
  const filtered = hasProductsFilter(filter);
  const path = routes.linkProducts(link.id);
  return (
    <>
      {/* Keyed by the filter: "Clear filters" must reset the inputs, not keep what was typed. */}
      <ProductsFilterForm key={withProductsFilter("", filter)} linkId={link.id} filter={filter} />
      <p className="sr-only" role="status">
        {page.rows.length === 0 ? "No products match." : `Showing ${page.rows.length} products.`}
      </p>
      {page.rows.length === 0 && !after ? (
        <EmptyState
          icon={Boxes}
          title={filtered ? "No products match these filters" : "No products yet"}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href={path}>Clear filters</Link>
              </Button>
            ) : undefined
          }
        >
          {filtered
            ? describeEmpty(filter)
            : `Lagerbro reads the products of ${sourceName} when the link is activated and on every product sync, then sends them to ${warehouseName}. Press “Sync products now” to start one.`}
        </EmptyState>
      ) : (
        <div className="grid gap-3 rounded-lg border border-border bg-card p-2">
          <ProductsTable rows={page.rows} sourceName={sourceName} warehouseName={warehouseName} />
          <ProductsPagination path={path} filter={filter} after={after} next={page.nextCursor} />
        </div>
      )}
    </>
  );
}

function describeEmpty(filter: LinkProductsFilter): string {
  if (filter.drift && !filter.q && !filter.state) return "The shop shows what the warehouse holds (minus the buffer) for every product. Nothing to do.";
  return "Try another state, or fewer letters in the search.";
}

/** Keyset pages go forward; "First page" goes back to the start with the same filters. */
function ProductsPagination({ path, filter, after, next }: { path: string; filter: LinkProductsFilter; after?: string; next: string | null }) {
  if (!after && !next) return null;
  return (
    <nav aria-label="Pages of products" className="flex items-center justify-between gap-2">
      {after ? (
        <Button asChild variant="outline" size="sm">
          <Link href={withProductsFilter(path, filter)}>
            <ChevronLeft aria-hidden /> First page
          </Link>
        </Button>
      ) : (
        <span />
      )}
      {next ? (
        <Button asChild variant="outline" size="sm">
          <Link href={withProductsFilter(path, filter, { after: next })} rel="next">
            More products <ChevronRight aria-hidden />
          </Link>
        </Button>
      ) : null}
    </nav>
  );
}
