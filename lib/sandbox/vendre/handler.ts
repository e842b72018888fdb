import type { FaultInjector, RolledFault } from "../faults";
import { API_PREFIXES, RATE_LIMIT, type AuthStyle } from "./facts";
import { json, problem } from "./http";
import { routes } from "./routes";
import type { VendreStore } from "./store";

export interface VendreRequestLogEntry {
  method: string;
  /** Path after the API prefix, e.g. `/orders/1001`. */
  path: string;
  query: string;
  status: number;
  fault: RolledFault;
  /** The request body as sent, for asserting what the connector wrote. */
  body?: unknown;
}

export interface HandlerOptions {
  basePath: string;
  authStyle: AuthStyle;
  tokens: Set<string>;
  hangMs: number;
  log: VendreRequestLogEntry[];
}

function tokenOf(request: Request, style: AuthStyle): string | null {
  if (style === "x-authorization") return request.headers.get("x-authorization");
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1]! : null;
}

function splitPath(pathname: string, basePath: string): string | null {
  if (!pathname.startsWith(basePath)) return null;
  const rest = pathname.slice(basePath.length);
  for (const prefix of API_PREFIXES) if (rest === prefix || rest.startsWith(`${prefix}/`)) return rest.slice(prefix.length) || "/";
  return null;
}

export function createHandler(store: VendreStore, faults: FaultInjector, options: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = splitPath(url.pathname, options.basePath);
    const body = request.method === "GET" ? undefined : await request.clone().text().then((t) => (t ? safeJson(t) : undefined));
    const record = (response: Response, fault: RolledFault) => {
      options.log.push({ method: request.method, path: path ?? url.pathname, query: url.search, status: response.status, fault, body });
      return response;
    };

    await faults.delay();
    const fault = faults.roll();
    if (fault === "server-error") return record(problem(500, "Internal server error"), fault);
    if (fault === "rate-limit") {
      return record(
        json(429, { errors: [{ status: "429", code: "too_many_requests", title: "Too many requests" }] }, {
          "retry-after": String(RATE_LIMIT.retryAfterSeconds),
          "ratelimit-limit": String(RATE_LIMIT.limit),
          "ratelimit-remaining": "0",
          "ratelimit-reset": String(RATE_LIMIT.retryAfterSeconds),
        }),
        fault,
      );
    }
    if (fault === "timeout") {
      await new Promise((resolve) => setTimeout(resolve, options.hangMs).unref?.());
      return record(problem(504, "Gateway timeout"), fault);
    }

    const response = await route(request, url, path);
    if (fault === "malformed") {
      const text = await response.text();
      return record(new Response(text.slice(0, Math.ceil(text.length / 2)) || "{", { status: 200, headers: { "content-type": "application/json" } }), fault);
    }
    return record(response, fault);
  };

  async function route(request: Request, url: URL, path: string | null): Promise<Response> {
    if (path === null) return problem(404, "Not found");
    const token = tokenOf(request, options.authStyle);
    if (!token || !options.tokens.has(token)) return problem(401, "Unauthorized", "missing or invalid API token");
    const candidates = routes.filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return problem(404, "Not found");
    const chosen = candidates.find((r) => r.method === request.method);
    if (!chosen) return problem(405, "Method not allowed");
    return chosen.handle({ store, request, url, params: chosen.pattern.exec(path)!.slice(1) });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
