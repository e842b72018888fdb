import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { routes } from "@/lib/app-routes";
import { formatAgo, formatDateTime, formatDuration } from "@/lib/format";
import type { LinkHealth } from "@/lib/health/link-health";
import { cn } from "@/lib/utils";

function Figure({ label, value, href, warn }: { label: string; value: string; href?: string; warn?: boolean }) {
  const body = <span className={cn("text-xl font-semibold tabular-nums", warn && "text-red-700")}>{value}</span>;
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd>
        {href ? (
          <Link href={href} className="underline-offset-4 hover:underline">
            {body}
          </Link>
        ) : (
          body
        )}
      </dd>
    </div>
  );
}

/** One link's health: is it polling, what came in today, what waits, what is stuck, how fast. */
export function LinkHealthCard({ health, now }: { health: LinkHealth; now: Date }) {
  const ordersOfLink = `${routes.orders}?link=${health.id}`;
  return (
    <Card data-testid="link-health">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>
          <Link href={routes.link(health.id)} className="underline-offset-4 hover:underline">
            {health.name}
          </Link>
        </CardTitle>
        {health.status === "paused" ? <Badge>Paused</Badge> : <Badge className="border-emerald-200 bg-emerald-50 text-emerald-800">Active</Badge>}
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <Figure label="Orders today" value={String(health.ordersToday)} href={ordersOfLink} />
          <Figure label="Waiting to send" value={String(health.waiting)} href={`${ordersOfLink}&status=received`} />
          <Figure label="Open problems" value={String(health.openExceptions)} href={routes.exceptions} warn={health.openExceptions > 0} />
          <Figure label="To the warehouse (median)" value={health.toWarehouse ? formatDuration(health.toWarehouse.p50Ms) : "—"} />
        </dl>
        <p className="text-sm text-muted-foreground">
          Last successful poll:{" "}
          <time dateTime={health.lastPollAt?.toISOString()} title={formatDateTime(health.lastPollAt)}>
            {formatAgo(health.lastPollAt, now)}
          </time>
          {health.toWarehouse ? (
            <>
              {" "}
              · order to warehouse p50 {formatDuration(health.toWarehouse.p50Ms)}, p95 {formatDuration(health.toWarehouse.p95Ms)} over {health.toWarehouse.orders} order
              {health.toWarehouse.orders === 1 ? "" : "s"} in the last 7 days
            </>
          ) : (
            " · no order sent in the last 7 days"
          )}
        </p>
      </CardContent>
    </Card>
  );
}
