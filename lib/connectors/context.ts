import type { z } from "zod";
import { sharedCallBudget } from "@/lib/http/budget";
import { PartnerError } from "@/lib/http/errors";
import { createHttpClient, type HttpClientOptions } from "@/lib/http/client";
import { nullRequestLogSink } from "@/lib/http/request-log";
import type { RequestLogSink } from "@/lib/http/types";
import { outboundUrlGuard } from "@/lib/net/url-guard";
import { secretKeys } from "./credentials";
import type { ConnectorContext, ConnectorDefinition, ConnectorLogger } from "./types";

export interface CreateContextInput<C, S> {
  connector: ConnectorDefinition<C, S>;
  tenantId: string;
  connectionId: string;
  /** Decrypted credentials as stored; validated (and defaulted) by the connector's schema here. */
  credentials: unknown;
  settings?: unknown;
  requestLog?: RequestLogSink;
  log?: ConnectorLogger;
  /** Allow loopback/private base URLs: development, tests, the sandbox. Never in production. */
  allowPrivateUrls: boolean;
  /** Overrides for tests (clock, fetch, retry) and the engine. */
  http?: Partial<Omit<HttpClientOptions, "partner" | "baseUrl">>;
  signal?: AbortSignal;
}

/** Stored values that no longer fit the schema are the merchant's to fix; the message names fields, never values. */
function validate(partner: string, what: string, schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new PartnerError({ kind: "needs_merchant", reason: "credentials_rejected", partner, message: `${partner} ${what} incomplete or invalid: ${fields}` });
}

const silentLogger: ConnectorLogger = { debug() {}, info() {}, warn() {}, error() {} };

/** Builds the ConnectorContext for one connection: validated credentials and one configured HTTP client. */
export function createConnectorContext<C, S>(input: CreateContextInput<C, S>): ConnectorContext<C, S> {
  const { connector } = input;
  const credentials = validate(connector.id, "credentials", connector.credentialSchema, input.credentials) as C;
  const settings = (connector.settingsSchema ? validate(connector.id, "settings", connector.settingsSchema, input.settings ?? {}) : (input.settings ?? {})) as S;
  const requestLog = input.requestLog ?? nullRequestLogSink;
  const secrets = secretKeys(connector.credentialSchema)
    .map((key) => (credentials as Record<string, unknown>)[key])
    .filter((v): v is string => typeof v === "string" && v.length > 0);

  const common: HttpClientOptions = {
    partner: connector.id,
    baseUrl: connector.baseUrl(credentials),
    connectionId: input.connectionId,
    rateLimitPolicy: connector.rateLimitPolicy,
    timeoutMs: connector.timeoutMs,
    requestLog,
    secrets,
    urlGuard: outboundUrlGuard({ allowPrivate: input.allowPrivateUrls }),
    budget: connector.callBudget
      ? sharedCallBudget(`${connector.id}:${input.connectionId}`, { ...connector.callBudget, partner: connector.id, clock: input.http?.clock })
      : undefined,
    ...input.http,
  };
  const unauthenticated = createHttpClient(common);
  const http = connector.auth
    ? createHttpClient({ ...common, auth: connector.auth({ credentials, http: unauthenticated }) })
    : unauthenticated;

  return {
    tenantId: input.tenantId,
    connectionId: input.connectionId,
    credentials,
    settings,
    http,
    log: input.log ?? silentLogger,
    requestLog,
    now: () => new Date(common.clock?.now() ?? Date.now()),
    signal: input.signal,
  };
}
