import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { orderStatus } from "@/db/schema";
import { routes } from "@/lib/app-routes";
import { hasFilter, type OrdersFilter } from "@/lib/orders-query/filters";
import { ORDER_STATUS_LABELS } from "@/lib/orders-query/status-labels";

/**
 * The list's filters as a plain GET form: the URL holds them, the server applies them, and it
 * works before (or without) JavaScript. Applying a filter starts again at the first page.
 */
export function OrdersFilterForm({ filter, links }: { filter: OrdersFilter; links: { id: string; name: string }[] }) {
  return (
    <form method="get" action={routes.orders} role="search" aria-label="Filter orders" className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 lg:grid-cols-6">
      <div className="col-span-2 grid gap-1.5">
        <Label htmlFor="orders-q">Search</Label>
        <Input id="orders-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Order number or customer" aria-describedby="orders-q-help" maxLength={100} />
        <p id="orders-q-help" className="text-xs text-muted-foreground">
          Finds orders whose number, customer name or last name starts with this.
        </p>
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="orders-status">Status</Label>
        <NativeSelect id="orders-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">Any status</option>
          {orderStatus.enumValues.map((status) => (
            <option key={status} value={status}>
              {ORDER_STATUS_LABELS[status]}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="orders-link">Link</Label>
        <NativeSelect id="orders-link" name="link" defaultValue={filter.linkId ?? ""}>
          <option value="">All links</option>
          {links.map((link) => (
            <option key={link.id} value={link.id}>
              {link.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="orders-from">Received from</Label>
        <Input id="orders-from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="orders-to">Received until</Label>
        <Input id="orders-to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </div>
      <div className="col-span-2 flex flex-wrap items-center gap-2 lg:col-span-6">
        <Button type="submit">Apply filters</Button>
        {hasFilter(filter) ? (
          <Button asChild variant="ghost">
            <Link href={routes.orders}>Clear filters</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
