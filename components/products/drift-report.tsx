import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { routes } from "@/lib/app-routes";
import type { DriftReport } from "@/lib/products";
import { withProductsFilter } from "@/lib/products/filter-params";

const pieces = new Intl.NumberFormat("en-GB");

/** How many rows of each kind the link page shows; the products page shows them all. */
const SHOWN = 5;

function more(count: number, shown: number, truncated: boolean): string {
  return truncated ? "all of them" : count > shown ? `all ${count}` : "them";
}

/**
 * The link page's drift report: SKUs whose shop stock is not what the warehouse holds (minus the
 * buffer) after the last sync, and products the warehouse lacks, each with a link to the
 * filtered products page.
 */
export function DriftReportView({ linkId, report, hasProducts, warehouseName, sourceName }: { linkId: string; report: DriftReport; hasProducts: boolean; warehouseName: string; sourceName: string }) {
  const products = routes.linkProducts(linkId);
  const differs = report.stockDiffers;
  const missing = report.missingAtWarehouse;
  if (!hasProducts) {
    return (
      <p className="text-sm text-muted-foreground" data-testid="drift-report">
        No products yet. Lagerbro reads them from {sourceName} on the first product sync.
      </p>
    );
  }
  if (differs.length === 0 && missing.length === 0) {
    return (
      <p className="text-sm" data-testid="drift-report">
        {sourceName} and {warehouseName} agree: every product is at the warehouse, and the shop shows the stock it should.{" "}
        <Link className="text-primary underline-offset-4 hover:underline" href={products}>
          See all products
        </Link>
      </p>
    );
  }
  const count = (n: number) => `${n}${report.truncated && n >= 200 ? "+" : ""}`;
  return (
    <div className="grid gap-6" data-testid="drift-report">
      {differs.length > 0 ? (
        <section aria-labelledby="drift-stock" className="grid gap-2" data-testid="drift-stock">
          <h3 id="drift-stock" className="text-sm font-semibold">
            {count(differs.length)} {differs.length === 1 ? "SKU shows" : "SKUs show"} a different stock in {sourceName}
          </h3>
          <p className="text-xs text-muted-foreground">The next stock sync writes the warehouse figure (minus the buffer) to the shop; “Sync stock now” does it at once.</p>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">SKU</TableHead>
                <TableHead scope="col" className="text-right">
                  At {warehouseName}
                </TableHead>
                <TableHead scope="col" className="text-right">
                  In {sourceName}
                </TableHead>
                <TableHead scope="col" className="text-right">
                  Shop should show
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {differs.slice(0, SHOWN).map((row) => (
                <TableRow key={row.sku} data-testid="drift-stock-row">
                  <TableCell className="whitespace-nowrap font-mono text-xs">{row.sku}</TableCell>
                  <TableCell className="text-right tabular-nums">{pieces.format(row.warehouseQty)}</TableCell>
                  <TableCell className="text-right tabular-nums text-red-800">{row.sourceQty === null ? "never written" : pieces.format(row.sourceQty)}</TableCell>
                  <TableCell className="text-right tabular-nums">{pieces.format(row.expected)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Link className="w-fit text-sm font-medium text-primary underline-offset-4 hover:underline" href={withProductsFilter(products, { drift: true })}>
            See {more(differs.length, SHOWN, report.truncated)} in the products list
          </Link>
        </section>
      ) : null}
      {missing.length > 0 ? (
        <section aria-labelledby="drift-missing" className="grid gap-2" data-testid="drift-missing">
          <h3 id="drift-missing" className="text-sm font-semibold">
            {count(missing.length)} product{missing.length === 1 ? "" : "s"} {missing.length === 1 ? "is" : "are"} not at {warehouseName}
          </h3>
          <p className="text-xs text-muted-foreground">Orders naming them cannot be sent. Correct the product in {sourceName}; the next product sync sends it again.</p>
          <ul className="divide-y divide-border rounded-md border border-border text-sm">
            {missing.slice(0, SHOWN).map((row) => (
              <li key={row.sku} className="grid gap-0.5 px-3 py-2" data-testid="drift-missing-row">
                <span>
                  <span className="font-mono text-xs font-medium">{row.sku}</span> {row.name}
                </span>
                <span className="text-xs text-red-800">{row.reason}</span>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <Link className="font-medium text-primary underline-offset-4 hover:underline" href={withProductsFilter(products, { state: "rejected" })}>
              See the rejected products
            </Link>
            <Link className="font-medium text-primary underline-offset-4 hover:underline" href={withProductsFilter(products, { state: "missing" })}>
              See the missing products
            </Link>
          </div>
        </section>
      ) : null}
    </div>
  );
}
