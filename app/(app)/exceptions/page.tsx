import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ExceptionsInbox } from "@/components/exceptions/exceptions-inbox";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { routes } from "@/lib/app-routes";
import { listOpenExceptions } from "@/lib/exceptions-inbox/list-open-exceptions";
import { getTenantContext } from "@/lib/session/current";

export const metadata: Metadata = { title: "Problems" };

export default async function ExceptionsPage() {
  const { tenant } = await getTenantContext();
  const groups = await listOpenExceptions(tenant.id);
  const total = groups.reduce((sum, g) => sum + g.total, 0);
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Problems</h1>
        <p className="text-sm text-muted-foreground">
          {total === 0 ? "Orders that need a person show up here." : `${total} open problem${total === 1 ? "" : "s"}, grouped by what went wrong. Fix the cause, then retry.`}
        </p>
      </div>
      {total === 0 ? (
        <EmptyState
          icon={CircleCheck}
          title="Nothing needs your attention"
          action={
            <Button asChild variant="outline">
              <Link href={routes.orders}>See all orders</Link>
            </Button>
          }
        >
          When an order cannot go to the warehouse (an unknown SKU, an incomplete address, a rejected login), it waits here with the way to fix it.
        </EmptyState>
      ) : (
        <ExceptionsInbox groups={groups} />
      )}
    </div>
  );
}
