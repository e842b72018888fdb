import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue | readonly QueryValue[]>;

export interface HttpRequest<T = unknown> {
  method: HttpMethod;
  /** Relative to the client's baseUrl ("/rest/orders"), or absolute. */
  path: string;
  /** Arrays become repeated keys (`with[]=a&with[]=b` when the key is "with[]"). */
  query?: Query;
  headers?: Record<string, string>;
  /** Objects and arrays are sent as JSON; a string is sent as is. */
  body?: unknown;
  /** Parse the response body with this schema; a mismatch becomes a classified PartnerError. */
  schema?: z.ZodType<T>;
  /**
   * May the client repeat this request after a timeout or 5xx, when it may have reached the
   * partner? Default: true for GET/HEAD/PUT/DELETE, false for POST/PATCH. Pass true for
   * upserts (wemalo addConditional). Rate-limit refusals are always retried.
   */
  idempotent?: boolean;
  timeoutMs?: number;
  /** Statuses >= 400 the caller handles itself instead of getting a PartnerError (e.g. [404]). */
  acceptStatus?: readonly number[];
  /** Short name for the request log ("list orders"). */
  operation?: string;
  signal?: AbortSignal;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed by `schema` when given, else JSON when the body is JSON, else the text. */
  data: T;
  text: string;
  attempts: number;
  durationMs: number;
}

export interface HttpClient {
  readonly partner: string;
  readonly baseUrl: string;
  request<T = unknown>(req: HttpRequest<T>): Promise<HttpResponse<T>>;
  get<T = unknown>(path: string, options?: Omit<HttpRequest<T>, "method" | "path">): Promise<HttpResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: Omit<HttpRequest<T>, "method" | "path" | "body">): Promise<HttpResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, options?: Omit<HttpRequest<T>, "method" | "path" | "body">): Promise<HttpResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, options?: Omit<HttpRequest<T>, "method" | "path" | "body">): Promise<HttpResponse<T>>;
  delete<T = unknown>(path: string, options?: Omit<HttpRequest<T>, "method" | "path">): Promise<HttpResponse<T>>;
}

/** Supplies auth headers per attempt and can refresh them once after a 401. */
export interface HttpAuth {
  headers(): Promise<Record<string, string>> | Record<string, string>;
  /** Called on 401; return true when credentials were refreshed and the request should be repeated once. */
  onUnauthorized?(): Promise<boolean>;
}

/** One partner call as the request log keeps it. Everything in it is already redacted. */
export interface RequestLogEntry {
  connectionId?: string;
  partner: string;
  operation?: string;
  method: HttpMethod;
  url: string;
  status?: number;
  durationMs: number;
  /** 1 for the first try. */
  attempt: number;
  startedAt: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  responseBody?: string;
  /** Why this attempt failed or was repeated ("timeout after 30000ms", "rate limited, waiting 2000ms"). */
  error?: string;
  errorKind?: "transient" | "permanent" | "needs_merchant";
}

/** Where the request log goes. An in-memory sink is in ./request-log; the DB one lives elsewhere. */
export interface RequestLogSink {
  write(entry: RequestLogEntry): void | Promise<void>;
}

/** Time, injectable so tests never wait for real. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
