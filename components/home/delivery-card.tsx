import { Activity } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatAgo } from "@/lib/format";
import type { OutboxBacklog } from "@/lib/health/outbox-backlog";

const PATH_LABELS = { inngest: "Inngest", local_worker: "the local worker (development)" } as const;

/** The background engine: which path delivers events, and how many of this team's wait. */
export function DeliveryCard({ backlog, now }: { backlog: OutboxBacklog; now: Date }) {
  const { delivery } = backlog;
  const stalled = delivery.path === "none" && backlog.pending > 0;
  return (
    <Card data-testid="delivery">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Activity className="size-4" aria-hidden /> Background work
        </CardTitle>
        <CardDescription>
          {delivery.path === "none" ? (
            <>
              No worker has picked up events in the last 2 minutes{delivery.seenAt ? ` (last seen ${formatAgo(delivery.seenAt, now)})` : ""}.
            </>
          ) : (
            <>
              Events are delivered by <strong className="font-medium text-foreground">{PATH_LABELS[delivery.path]}</strong>, last seen {formatAgo(delivery.seenAt, now)}.
            </>
          )}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-1 text-sm">
        <p>
          {backlog.pending === 0 ? (
            "No events waiting."
          ) : (
            <>
              <span className="font-semibold tabular-nums">{backlog.pending}</span> event{backlog.pending === 1 ? "" : "s"} waiting
              {backlog.oldestPendingAt ? `, the oldest since ${formatAgo(backlog.oldestPendingAt, now)}` : ""}
              {backlog.failing > 0 ? `; ${backlog.failing} failed at least once` : ""}.
            </>
          )}
        </p>
        {stalled ? <p className="text-red-700">Nothing is delivering events right now, so orders wait. Start Inngest or the local worker.</p> : null}
        {delivery.lastError ? <p className="text-muted-foreground">Last delivery error: {delivery.lastError}</p> : null}
      </CardContent>
    </Card>
  );
}
