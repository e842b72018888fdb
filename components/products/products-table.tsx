import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatAgo, formatDateTime } from "@/lib/format";
import type { LinkProductListRow } from "@/lib/products/list";
import { ProductStateBadge } from "./product-state-badge";

function Synced({ label, at, now }: { label: string; at: Date | null; now: Date }) {
  return (
    <div className="whitespace-nowrap">
      <span className="text-muted-foreground">{label}:</span> {at ? <time dateTime={at.toISOString()} title={formatDateTime(at)}>{formatAgo(at, now)}</time> : "never"}
    </div>
  );
}

const pieces = new Intl.NumberFormat("en-GB");

function Quantity({ value, unknown }: { value: number | null; unknown: string }) {
  return value === null ? (
    <span className="text-muted-foreground" title={unknown}>
      —<span className="sr-only"> ({unknown})</span>
    </span>
  ) : (
    <>{pieces.format(value)}</>
  );
}

/** A link's products: where each stands at the warehouse, its stock on both sides, when each was last synced. */
export function ProductsTable({ rows, warehouseName, sourceName, now = new Date() }: { rows: LinkProductListRow[]; warehouseName: string; sourceName: string; now?: Date }) {
  return (
    <Table>
      <caption className="sr-only">Products, by SKU</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">SKU</TableHead>
          <TableHead scope="col">Product</TableHead>
          <TableHead scope="col">At the warehouse</TableHead>
          <TableHead scope="col" className="text-right" title={`Available at ${warehouseName}, as last read`}>
            Warehouse stock
          </TableHead>
          <TableHead scope="col" className="text-right" title={`Last written to ${sourceName}`}>
            Shop stock
          </TableHead>
          <TableHead scope="col" className="hidden md:table-cell">
            Last synced
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.sku} data-testid="product-row" data-sku={row.sku} className="align-top hover:bg-muted/50">
            <TableCell className="whitespace-nowrap font-mono text-xs font-medium">{row.sku}</TableCell>
            <TableCell>
              <div>{row.name}</div>
              {row.ean ? <div className="text-xs text-muted-foreground">EAN {row.ean}</div> : null}
            </TableCell>
            <TableCell>
              <ProductStateBadge state={row.warehouseState} />
              {row.warehouseError && (row.warehouseState === "rejected" || row.warehouseState === "missing") ? (
                <p className="mt-1 max-w-xs text-xs text-red-800" data-testid="product-reason">
                  {row.warehouseError}
                </p>
              ) : null}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              <Quantity value={row.warehouseQty} unknown="not read from the warehouse yet" />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {row.drift ? (
                <div className="font-medium text-red-800" data-testid="product-drift">
                  <Quantity value={row.sourceQty} unknown="never written to the shop" />
                  <div className="text-xs font-normal">should show {row.expectedSourceQty === null ? "—" : pieces.format(row.expectedSourceQty)}</div>
                </div>
              ) : (
                <Quantity value={row.sourceQty} unknown="never written to the shop" />
              )}
            </TableCell>
            <TableCell className="hidden text-xs md:table-cell">
              <Synced label="Product" at={row.productSyncedAt} now={now} />
              <Synced label="Stock" at={row.stockSyncedAt} now={now} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
