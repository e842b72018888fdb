import { withTenant } from "@/db";
import { connectionRequests } from "@/db/schema";
import type { RequestLogEntry, RequestLogSink } from "@/lib/http/types";

const MAX_BODY = 4000;

function clip(body: string | undefined): string | null {
  if (body === undefined) return null;
  return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}… (${body.length} characters)` : body;
}

/**
 * Stores each partner call of one connection. Entries arrive already redacted by the HTTP layer;
 * a failure to log never fails the partner call.
 */
export function dbRequestLogSink(tenantId: string, connectionId: string): RequestLogSink {
  return {
    async write(entry: RequestLogEntry) {
      try {
        await withTenant(tenantId, (tx) =>
          tx.insert(connectionRequests).values({
            tenantId,
            connectionId,
            operation: entry.operation ?? null,
            method: entry.method,
            url: entry.url,
            status: entry.status ?? null,
            durationMs: Math.round(entry.durationMs),
            attempt: entry.attempt,
            requestBody: clip(entry.requestBody),
            responseBody: clip(entry.responseBody),
            error: entry.error ?? null,
            errorKind: entry.errorKind ?? null,
            startedAt: new Date(entry.startedAt),
          }),
        );
      } catch (error) {
        console.error("[lagerbro] request log write failed", (error as Error).name);
      }
    },
  };
}
