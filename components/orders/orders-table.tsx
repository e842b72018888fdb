import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { routes } from "@/lib/app-routes";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { OrderListRow } from "@/lib/orders-query/list-orders";
import { OrderStatusBadge } from "./order-status-badge";

export function OrdersTable({ rows, linkNames }: { rows: OrderListRow[]; linkNames: Map<string, string> }) {
  return (
    <Table>
      <caption className="sr-only">Orders, newest first</caption>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Order</TableHead>
          <TableHead scope="col">Customer</TableHead>
          <TableHead scope="col">Status</TableHead>
          <TableHead scope="col" className="hidden md:table-cell">
            Link
          </TableHead>
          <TableHead scope="col" className="hidden sm:table-cell">
            Received
          </TableHead>
          <TableHead scope="col" className="hidden text-right lg:table-cell">
            Total
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="order-row" className="hover:bg-muted/50">
            <TableCell className="font-medium">
              <Link href={routes.order(row.id)} className="text-primary underline-offset-4 hover:underline focus-visible:rounded-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
                {row.orderNumber}
              </Link>
            </TableCell>
            <TableCell>{row.customerName || <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell>
              <OrderStatusBadge status={row.status} />
            </TableCell>
            <TableCell className="hidden text-muted-foreground md:table-cell">{linkNames.get(row.linkId) ?? "—"}</TableCell>
            <TableCell className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{formatDateTime(row.receivedAt)}</TableCell>
            <TableCell className="hidden text-right tabular-nums lg:table-cell">{formatMoney(row.total, row.currency)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
