import { backoffDelay } from "./backoff";
import type { CallBudget } from "./budget";
import { realClock } from "./clock";
import { classifyStatus, isPartnerError, PartnerError, type PartnerErrorKind, type PartnerErrorReason } from "./errors";
import { parseResponse } from "./parse";
import { defaultRateLimitPolicy, type RateLimitPolicy, type ResponseInfo } from "./rate-limit";
import { redactHeaders, redactSecretsInText, redactUrl, summariseBody } from "./redact";
import { nullRequestLogSink } from "./request-log";
import type { Clock, HttpAuth, HttpClient, HttpMethod, HttpRequest, HttpResponse, Query, RequestLogEntry, RequestLogSink } from "./types";

export interface RetryOptions {
  /** Tries for timeouts, network errors, 5xx and garbled bodies, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How many rate-limit refusals one request sits out before giving up. */
  maxRateLimitRetries: number;
  /** Longest single rate-limit wait done in-process; longer ones throw with retryAfterMs for the engine to reschedule. */
  maxRateLimitWaitMs: number;
}

export const defaultRetryOptions: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRateLimitRetries: 5,
  maxRateLimitWaitMs: 120_000,
};

export interface HttpClientOptions {
  /** Names the partner in errors and logs ("plentymarkets"). */
  partner: string;
  baseUrl: string;
  connectionId?: string;
  headers?: Record<string, string>;
  auth?: HttpAuth;
  /** Per attempt, including reading the body. Default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  rateLimitPolicy?: RateLimitPolicy;
  budget?: CallBudget;
  requestLog?: RequestLogSink;
  clock?: Clock;
  /** For jitter; inject for deterministic tests. */
  random?: () => number;
  fetch?: typeof fetch;
  /**
   * Checked once per host before the first call to it and for every redirect target, e.g.
   * `(url) => assertSafeOutboundUrl(url, { allowPrivate })` from lib/net/url-guard.
   */
  urlGuard?: (url: URL) => Promise<void>;
  /** Secret values (password, token) masked wherever they appear in the log. */
  secrets?: readonly string[];
  maxRedirects?: number;
}

const safeMethods: readonly HttpMethod[] = ["GET", "HEAD", "PUT", "DELETE"];
const connectErrorCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

class Timeout extends Error {
  constructor(readonly ms: number) {
    super(`timeout after ${ms}ms`);
  }
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

export function buildUrl(baseUrl: string, path: string, query?: Query): URL {
  const url = /^https?:\/\//i.test(path)
    ? new URL(path)
    : new URL(`${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (v !== undefined && v !== null) url.searchParams.append(key, String(v));
  }
  return url;
}

function encodeBody(body: unknown): { payload?: BodyInit; contentType?: string } {
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return { payload: body };
  if (body instanceof URLSearchParams) return { payload: body, contentType: "application/x-www-form-urlencoded" };
  return { payload: JSON.stringify(body), contentType: "application/json" };
}

function decodeBody(text: string, contentType: string | null): unknown {
  if (text === "") return undefined;
  const looksJson = /json/i.test(contentType ?? "") || /^\s*[[{]/.test(text);
  if (!looksJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let i = 0; i < 4 && typeof current === "object" && current !== null; i++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const retry = { ...defaultRetryOptions, ...options.retry };
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const policy = options.rateLimitPolicy ?? defaultRateLimitPolicy;
  const log = options.requestLog ?? nullRequestLogSink;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const secrets = options.secrets ?? [];
  const partner = options.partner;
  const guardedHosts = new Map<string, Promise<void>>();
  /** Proactive slow-down: no call leaves before this time (set from calls-left 0). */
  let pausedUntil = 0;

  async function guard(url: URL): Promise<void> {
    if (!options.urlGuard) return;
    const key = url.origin;
    let pending = guardedHosts.get(key);
    if (!pending) {
      pending = options.urlGuard(url);
      guardedHosts.set(key, pending);
      pending.catch(() => guardedHosts.delete(key));
    }
    try {
      await pending;
    } catch (error) {
      if (isPartnerError(error)) throw error;
      throw new PartnerError({
        kind: "needs_merchant",
        reason: "unsafe_url",
        partner,
        message: error instanceof Error ? error.message : `refused to call ${url.host}`,
        url: redactUrl(url),
        cause: error,
      });
    }
  }

  async function writeLog(entry: RequestLogEntry): Promise<void> {
    try {
      await log.write(entry);
    } catch {
      // A broken log must never break the call it describes.
    }
  }

  async function waitForPause(signal?: AbortSignal): Promise<void> {
    const wait = pausedUntil - clock.now();
    if (wait <= 0) return;
    if (wait > retry.maxRateLimitWaitMs) {
      throw new PartnerError({
        kind: "transient",
        reason: "rate_limited",
        partner,
        message: `${partner} asked us to pause for ${wait}ms`,
        retryAfterMs: wait,
      });
    }
    await clock.sleep(wait, signal);
  }

  /** One HTTP exchange, following redirects through the URL guard. */
  async function exchange(method: HttpMethod, url: URL, headers: Headers, body: BodyInit | undefined, signal: AbortSignal): Promise<{ response: Response; url: URL }> {
    let currentUrl = url;
    let currentMethod = method;
    let currentBody = body;
    for (let hop = 0; ; hop++) {
      await guard(currentUrl);
      const response = await doFetch(currentUrl, { method: currentMethod, headers, body: currentBody, signal, redirect: "manual" });
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location || hop >= maxRedirects) return { response, url: currentUrl };
      await response.body?.cancel();
      const next = new URL(location, currentUrl);
      // Credentials go only to the origin they were meant for.
      if (next.origin !== currentUrl.origin) headers.delete("authorization");
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && currentMethod === "POST")) {
        currentMethod = "GET";
        currentBody = undefined;
      }
      currentUrl = next;
    }
  }

  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const url = buildUrl(options.baseUrl, req.path, req.query);
    const idempotent = req.idempotent ?? safeMethods.includes(req.method);
    const { payload, contentType } = encodeBody(req.body);
    const requestBodySummary = summariseBody(req.body, { secrets });
    const perAttemptTimeout = req.timeoutMs ?? timeoutMs;
    const redactedUrl = redactSecretsInText(redactUrl(url), secrets);
    const startedAll = performance.now();

    let attempt = 0;
    let failures = 0;
    let rateLimitRetries = 0;
    let authRefreshed = false;

    const fail = (init: { kind: PartnerErrorKind; reason: PartnerErrorReason; message: string; status?: number; body?: string; retryAfterMs?: number; cause?: unknown }) =>
      new PartnerError({ ...init, partner, method: req.method, url: redactedUrl, attempts: attempt });

    for (;;) {
      attempt += 1;
      await waitForPause(req.signal);
      await options.budget?.take(req.signal);

      const headers = new Headers({ accept: "application/json" });
      for (const [k, v] of Object.entries(options.headers ?? {})) headers.set(k, v);
      if (contentType) headers.set("content-type", contentType);
      for (const [k, v] of Object.entries((await options.auth?.headers()) ?? {})) headers.set(k, v);
      for (const [k, v] of Object.entries(req.headers ?? {})) headers.set(k, v);

      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new Timeout(perAttemptTimeout)), perAttemptTimeout);
      const signal = req.signal ? AbortSignal.any([controller.signal, req.signal]) : controller.signal;
      // Durations are measured for real; the injectable clock is for waiting.
      const started = performance.now();
      const startedAt = new Date(clock.now()).toISOString();
      const base = {
        connectionId: options.connectionId,
        partner,
        operation: req.operation,
        method: req.method,
        url: redactedUrl,
        attempt,
        startedAt,
        requestHeaders: redactHeaders(headers),
        requestBody: requestBodySummary,
      };

      let response: Response;
      let text: string;
      try {
        ({ response } = await exchange(req.method, url, headers, payload, signal));
        text = await response.text();
      } catch (error) {
        clearTimeout(timer);
        if (isPartnerError(error)) {
          await writeLog({ ...base, durationMs: elapsed(started), error: error.message, errorKind: error.kind });
          throw error;
        }
        const timedOut = controller.signal.aborted && controller.signal.reason instanceof Timeout;
        const callerAborted = !timedOut && req.signal?.aborted === true;
        const code = errorCode(error);
        const reason: PartnerErrorReason = timedOut ? "timeout" : "network";
        const message = timedOut
          ? `${partner} did not answer within ${perAttemptTimeout}ms`
          : callerAborted
            ? `request to ${partner} aborted`
            : `network error talking to ${partner}${code ? ` (${code})` : ""}`;
        await writeLog({ ...base, durationMs: elapsed(started), error: message, errorKind: "transient" });
        // A refused connection never reached the partner, so even a POST may be repeated.
        const mayRepeat = idempotent || (!timedOut && code !== undefined && connectErrorCodes.has(code));
        failures += 1;
        if (!callerAborted && mayRepeat && failures < retry.maxAttempts) {
          await clock.sleep(backoffDelay(failures, retry, random), req.signal);
          continue;
        }
        throw fail({ kind: "transient", reason, message, cause: error });
      }
      clearTimeout(timer);

      const durationMs = elapsed(started);
      const body = decodeBody(text, response.headers.get("content-type"));
      const info: ResponseInfo = { status: response.status, headers: response.headers, body };
      const responseBody = summariseBody(text, { secrets });
      const advisedWait = policy.waitMs(info, clock.now());

      if (policy.isRateLimited(info)) {
        const wait = advisedWait ?? backoffDelay(rateLimitRetries + 1, retry, random);
        const tooLong = wait > retry.maxRateLimitWaitMs;
        const givingUp = tooLong || rateLimitRetries >= retry.maxRateLimitRetries;
        const message = givingUp ? `${partner} rate limit: retry in ${wait}ms` : `rate limited, waiting ${wait}ms`;
        await writeLog({ ...base, status: response.status, durationMs, responseBody, error: message, errorKind: "transient" });
        if (givingUp) throw fail({ kind: "transient", reason: "rate_limited", message, status: response.status, body: responseBody, retryAfterMs: wait });
        rateLimitRetries += 1;
        pausedUntil = Math.max(pausedUntil, clock.now() + wait);
        await waitForPause(req.signal);
        continue;
      }
      if (advisedWait !== undefined && advisedWait > 0) pausedUntil = Math.max(pausedUntil, clock.now() + advisedWait);

      if (response.status === 401 && options.auth?.onUnauthorized && !authRefreshed) {
        authRefreshed = true;
        await writeLog({ ...base, status: 401, durationMs, responseBody, error: "unauthorized, refreshing credentials", errorKind: "needs_merchant" });
        if (await options.auth.onUnauthorized()) continue;
      }

      if (response.status >= 400 && !(req.acceptStatus ?? []).includes(response.status)) {
        const cls = classifyStatus(response.status);
        const message = `${partner} ${cls.text}: HTTP ${response.status} on ${req.method} ${url.pathname}`;
        await writeLog({ ...base, status: response.status, durationMs, responseBody, error: message, errorKind: cls.kind });
        if (cls.kind === "transient") {
          failures += 1;
          // A longer wait than we sit out in-process (a 503 with Retry-After: 86400) is the engine's to schedule, through retryAfterMs.
          const waitHere = advisedWait === undefined || advisedWait <= retry.maxRateLimitWaitMs;
          if (idempotent && failures < retry.maxAttempts && waitHere) {
            await clock.sleep(advisedWait ?? backoffDelay(failures, retry, random), req.signal);
            continue;
          }
        }
        throw fail({ kind: cls.kind, reason: cls.reason, message, status: response.status, body: responseBody, retryAfterMs: advisedWait });
      }

      let data: T;
      try {
        data = req.schema
          ? parseResponse(req.schema, body, { partner, operation: req.operation, status: response.status })
          : (body as T);
      } catch (error) {
        const parseError = error as PartnerError;
        await writeLog({ ...base, status: response.status, durationMs, responseBody, error: parseError.message, errorKind: parseError.kind });
        failures += 1;
        if (idempotent && failures < retry.maxAttempts) {
          await clock.sleep(backoffDelay(failures, retry, random), req.signal);
          continue;
        }
        throw fail({ kind: parseError.kind, reason: parseError.reason, message: parseError.message, status: response.status, body: responseBody, cause: parseError });
      }

      await writeLog({ ...base, status: response.status, durationMs, responseBody });
      return { status: response.status, headers: response.headers, data, text, attempts: attempt, durationMs: elapsed(startedAll) };
    }
  }

  return {
    partner,
    baseUrl: options.baseUrl,
    request,
    get: (path, opts) => request({ ...opts, method: "GET", path }),
    post: (path, body, opts) => request({ ...opts, method: "POST", path, body }),
    put: (path, body, opts) => request({ ...opts, method: "PUT", path, body }),
    patch: (path, body, opts) => request({ ...opts, method: "PATCH", path, body }),
    delete: (path, opts) => request({ ...opts, method: "DELETE", path }),
  };
}
