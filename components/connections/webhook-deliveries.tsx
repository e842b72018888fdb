import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { WebhookPanel } from "@/lib/webhooks/list-deliveries";

const STATUS_WORDS: Record<WebhookPanel["deliveries"][number]["status"], string> = {
  received: "waiting",
  processed: "applied",
  ignored: "ignored (topic not used)",
  failed: "refused",
};

/** Our webhook endpoint for this connection and the newest deliveries the partner sent to it. */
export function WebhookDeliveries({ panel, showSecrets }: { panel: WebhookPanel; showSecrets: boolean }) {
  const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" });
  const { endpoint, deliveries } = panel;
  return (
    <div className="grid gap-3 text-sm" data-testid="webhook-deliveries">
      {endpoint ? (
        <p>
          {endpoint.enabled ? "Receiving webhooks" : "Webhooks switched off (no link uses this connection)"}
          {endpoint.registeredAt ? ` · registered for ${endpoint.events.join(", ")} on ${time.format(endpoint.registeredAt)} UTC` : ""}
          {endpoint.lastError ? ` · registration failed: ${endpoint.lastError} (polling still runs)` : ""}
        </p>
      ) : (
        <p className="text-muted-foreground">No webhook endpoint yet: it is made when a link using this connection is activated. Polling runs either way.</p>
      )}
      {endpoint && showSecrets ? (
        <details>
          <summary className="cursor-pointer">Endpoint address{endpoint.manualSteps ? " and setup steps" : ""}</summary>
          <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-muted p-2 font-mono text-xs">{endpoint.manualSteps ?? endpoint.url}</pre>
        </details>
      ) : null}
      {deliveries.length === 0 ? (
        <p className="text-muted-foreground">No deliveries yet.</p>
      ) : (
        <Table>
          <caption className="sr-only">Webhook deliveries, newest first</caption>
          <TableHeader>
            <TableRow>
              <TableHead>Received (UTC)</TableHead>
              <TableHead>Topic</TableHead>
              <TableHead>Outcome</TableHead>
              <TableHead className="text-right">Size</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {deliveries.map((d) => (
              <TableRow key={d.id}>
                <TableCell className="whitespace-nowrap text-xs">{time.format(d.receivedAt)}</TableCell>
                <TableCell className="font-mono text-xs">{d.topic ?? "—"}</TableCell>
                <TableCell className="text-xs">
                  <Badge>{STATUS_WORDS[d.status]}</Badge>
                  {d.status === "processed" && d.changes !== null ? ` ${d.changes} change${d.changes === 1 ? "" : "s"}` : ""}
                  {d.repeats > 0 ? ` · sent again ${d.repeats}×` : ""}
                  {d.error ? <span className="block text-red-700">{d.error}</span> : null}
                </TableCell>
                <TableCell className="text-right text-xs">{d.bytes.toLocaleString("en-GB")} B</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
