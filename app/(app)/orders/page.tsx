import { PackageSearch } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { OrdersFilterForm } from "@/components/orders/orders-filter-form";
import { OrdersPagination } from "@/components/orders/orders-pagination";
import { OrdersTable } from "@/components/orders/orders-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Button } from "@/components/ui/button";
import { routes } from "@/lib/app-routes";
import { hasFilter, listLinkNames, listOrders, ordersFilterParams, parseOrdersFilter, type SearchParams } from "@/lib/orders-query";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Orders" };

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Orders</h1>
        <p className="text-sm text-muted-foreground">Every order Lagerbro took from your shop, newest first. Open one to see its whole story.</p>
      </div>
      {/* Keyed by the URL: each new filter or page shows the placeholder while it loads. */}
      <Suspense key={JSON.stringify(params)} fallback={<PageSkeleton label="Loading orders" rows={8} withHeading={false} />}>
        <OrdersList params={params} />
      </Suspense>
    </div>
  );
}

async function OrdersList({ params }: { params: SearchParams }) {
  const { tenant } = await getTenantContext();
  const filter = parseOrdersFilter(params);
  const [links, page] = await Promise.all([listLinkNames(tenant.id), listOrders(tenant.id, { ...filter, after: one(params.after), before: one(params.before) })]);
  const linkNames = new Map(links.map((l) => [l.id, l.name]));
  const filtered = hasFilter(filter);
  if (links.length === 0) {
    return (
      <EmptyState icon={PackageSearch} title="No orders yet" action={<Button asChild><Link href={routes.connect}>Connect your shop and warehouse</Link></Button>}>
        Orders appear here once your shop is connected to a warehouse.
      </EmptyState>
    );
  }
  return (
    <>
      {/* Keyed by the filter: a new URL (e.g. "Clear filters") must reset the inputs, not keep what was typed. */}
      <OrdersFilterForm key={ordersFilterParams(filter).toString()} filter={filter} links={links} />
      <p className="sr-only" role="status">
        {page.rows.length === 0 ? "No orders match." : `Showing ${page.rows.length} orders.`}
      </p>
      {page.rows.length === 0 ? (
        <EmptyState
          icon={PackageSearch}
          title={filtered ? "No orders match these filters" : "No orders yet"}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href={routes.orders}>Clear filters</Link>
              </Button>
            ) : undefined
          }
        >
          {filtered ? "Try another status, a wider date range or fewer letters in the search." : "Lagerbro checks your shop for ready orders on every scheduled poll; they show up here as they arrive."}
        </EmptyState>
      ) : (
        <div className="grid gap-3 rounded-lg border border-border bg-card p-2">
          <OrdersTable rows={page.rows} linkNames={linkNames} />
          <OrdersPagination filter={filter} previous={page.previous} next={page.next} />
        </div>
      )}
    </>
  );
}
