import { createHttpClient } from "@/lib/http/client";
import { InMemoryRequestLogSink } from "@/lib/http/request-log";
import type { RateLimitPolicy } from "@/lib/http/rate-limit";
import type { ConnectorLogger } from "../types";
import type { WemaloContext } from "./context";
import { wemaloCredentialSchema, wemaloSettingsSchema, type WemaloCredentials } from "./credentials";
import { wemaloConnector } from "./index";

const quiet: ConnectorLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface TestContextOptions {
  apiUrl: string;
  apiToken: string;
  shop?: string;
  rateLimitPolicy?: RateLimitPolicy;
  timeoutMs?: number;
  now?: () => Date;
  /** Stands between the client and the network, e.g. to garble one answer. */
  fetch?: typeof fetch;
}

/** A connector context as the engine would build it, with fast retries and an in-memory log. */
export function wemaloTestContext(options: TestContextOptions): WemaloContext & { requestLog: InMemoryRequestLogSink } {
  const credentials: WemaloCredentials = wemaloCredentialSchema.parse({ apiToken: options.apiToken, apiUrl: options.apiUrl, shop: options.shop });
  const requestLog = new InMemoryRequestLogSink();
  const http = createHttpClient({
    partner: "wemalo",
    baseUrl: wemaloConnector.baseUrl(credentials),
    connectionId: "conn-test",
    rateLimitPolicy: options.rateLimitPolicy ?? wemaloConnector.rateLimitPolicy,
    requestLog,
    timeoutMs: options.timeoutMs ?? 5_000,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    secrets: [options.apiToken],
    fetch: options.fetch,
  });
  return {
    tenantId: "tenant-test",
    connectionId: "conn-test",
    credentials,
    settings: wemaloSettingsSchema.parse({}),
    http,
    log: quiet,
    requestLog,
    now: options.now ?? (() => new Date()),
  };
}
