import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConnectionRequest } from "@/db/schema";

/** The call's path below the partner's base path (where the connection's URL points). */
function pathOf(url: string, basePath: string): string {
  try {
    const u = new URL(url);
    const path = basePath && u.pathname.startsWith(basePath) ? u.pathname.slice(basePath.length) || "/" : u.pathname;
    return `${path}${u.search}`;
  } catch {
    return url;
  }
}

/** The connection's recent partner calls, as the HTTP layer logged them (secrets already redacted). */
export function RequestLog({ requests, basePath = "" }: { requests: ConnectionRequest[]; basePath?: string }) {
  if (requests.length === 0) return <p className="text-sm text-muted-foreground">No calls yet. Test the connection to make one.</p>;
  const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "short", timeStyle: "medium", timeZone: "UTC" });
  return (
    <Table data-testid="request-log">
      <caption className="sr-only">Recent calls to the partner, newest first</caption>
      <TableHeader>
        <TableRow>
          <TableHead>When (UTC)</TableHead>
          <TableHead>What</TableHead>
          <TableHead>Call</TableHead>
          <TableHead>Answer</TableHead>
          <TableHead className="text-right">Time</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {requests.map((r) => {
          const failed = r.error || (r.status !== null && r.status >= 400);
          return (
            <TableRow key={r.id}>
              <TableCell className="whitespace-nowrap text-xs">{time.format(r.startedAt)}</TableCell>
              <TableCell className="text-xs">{r.operation ?? "—"}</TableCell>
              <TableCell className="max-w-72 truncate font-mono text-xs" title={pathOf(r.url, basePath)}>
                {r.method} {pathOf(r.url, basePath)}
              </TableCell>
              <TableCell className="text-xs">
                <Badge className={failed ? "border-red-300 bg-red-50 text-red-900" : undefined}>{r.status ?? r.errorKind ?? "no answer"}</Badge>
                {r.error ? <span className="ml-1 text-muted-foreground">{r.error}</span> : null}
              </TableCell>
              <TableCell className="text-right text-xs">{r.durationMs} ms</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
