import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { routes } from "@/lib/app-routes";
import { ordersFilterParams, type OrdersFilter } from "@/lib/orders-query/filters";

/** Newer / older pages of the list, by cursor, keeping the filters. */
export function OrdersPagination({ filter, previous, next }: { filter: OrdersFilter; previous: string | null; next: string | null }) {
  if (!previous && !next) return null;
  const href = (key: "after" | "before", cursor: string) => `${routes.orders}?${ordersFilterParams(filter, { [key]: cursor }).toString()}`;
  return (
    <nav aria-label="Pages of orders" className="flex items-center justify-between gap-2">
      {previous ? (
        <Button asChild variant="outline" size="sm">
          <Link href={href("before", previous)} rel="prev">
            <ChevronLeft aria-hidden /> Newer orders
          </Link>
        </Button>
      ) : (
        <span />
      )}
      {next ? (
        <Button asChild variant="outline" size="sm">
          <Link href={href("after", next)} rel="next">
            Older orders <ChevronRight aria-hidden />
          </Link>
        </Button>
      ) : null}
    </nav>
  );
}
