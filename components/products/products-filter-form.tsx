import { Download } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { productSyncState } from "@/db/schema";
import { routes } from "@/lib/app-routes";
import { hasProductsFilter, withProductsFilter } from "@/lib/products/filter-params";
import type { LinkProductsFilter } from "@/lib/products/filters";
import { PRODUCT_STATE_LABELS } from "@/lib/products/state-labels";

/**
 * The products list's filters as a plain GET form: the URL holds them, so a filtered list can be
 * shared and the CSV download takes the same ones. Applying a filter starts at the first page.
 */
export function ProductsFilterForm({ linkId, filter }: { linkId: string; filter: LinkProductsFilter }) {
  const path = routes.linkProducts(linkId);
  return (
    <form method="get" action={path} role="search" aria-label="Filter products" className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 lg:grid-cols-4">
      <div className="col-span-2 grid gap-1.5">
        <Label htmlFor="products-q">Search</Label>
        <Input id="products-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="SKU or product name" aria-describedby="products-q-help" maxLength={200} />
        <p id="products-q-help" className="text-xs text-muted-foreground">
          Finds products whose SKU or name starts with this.
        </p>
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="products-state">At the warehouse</Label>
        <NativeSelect id="products-state" name="state" defaultValue={filter.state ?? ""}>
          <option value="">Any state</option>
          {productSyncState.enumValues.map((state) => (
            <option key={state} value={state}>
              {PRODUCT_STATE_LABELS[state]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid content-start gap-1.5">
        <span className="text-sm font-medium leading-none">Stock</span>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="drift" value="1" defaultChecked={filter.drift === true} className="size-4 accent-primary" />
          Only where the shop shows a different stock
        </label>
      </div>
      <div className="col-span-2 flex flex-wrap items-center gap-2 lg:col-span-4">
        <Button type="submit">Apply filters</Button>
        {hasProductsFilter(filter) ? (
          <Button asChild variant="ghost">
            <Link href={path}>Clear filters</Link>
          </Button>
        ) : null}
        <Button asChild variant="outline" className="ml-auto">
          {/* A plain link: the browser downloads the file the route sends (Content-Disposition). */}
          <a href={withProductsFilter(routes.linkProductsCsv(linkId), filter)} download>
            <Download aria-hidden /> Download CSV{hasProductsFilter(filter) ? " of these products" : ""}
          </a>
        </Button>
      </div>
    </form>
  );
}
