import type { FaultInjector, RolledFault } from "../faults";
import { errorResponse, jsonApi } from "./http";
import { accountRoutes } from "./routes/account";
import type { Route } from "./routes/context";
import { orderRoutes } from "./routes/orders";
import { shipmentRoutes } from "./routes/shipments";
import type { WebshipperStore } from "./store";
import type { WebhookOutbox } from "./webhook";

const routes: Route[] = [...orderRoutes, ...shipmentRoutes, ...accountRoutes];

export interface RequestLogEntry {
  method: string;
  /** After `/v2`, e.g. `/orders`. */
  path: string;
  query: string;
  status: number;
  fault: RolledFault;
}

export interface HandlerOptions {
  basePath: string;
  hangMs: number;
  log: RequestLogEntry[];
  rateLimit: { status: number; retryAfterSeconds: number | null };
}

/** Real root: `https://<account>.api.webshipper.io/v2/` [W1]; here `{basePath}/{account}/v2/…`, any account name. */
const API_PATH = /^\/([^/]+)\/v2(\/.*)?$/;

export function createHandler(store: WebshipperStore, outbox: WebhookOutbox, faults: FaultInjector, options: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const rest = url.pathname.startsWith(options.basePath) ? url.pathname.slice(options.basePath.length) : null;
    const match = rest === null ? null : API_PATH.exec(rest);
    const path = match?.[2] ?? "/";
    const record = (response: Response, fault: RolledFault) => {
      options.log.push({ method: request.method, path, query: url.search, status: response.status, fault });
      return response;
    };

    await faults.delay();
    const fault = faults.roll();
    if (fault === "server-error") return record(errorResponse(500, "Internal Server Error", "Something went wrong"), fault);
    if (fault === "rate-limit") {
      const headers: Record<string, string> = {};
      if (options.rateLimit.retryAfterSeconds !== null) headers["retry-after"] = String(options.rateLimit.retryAfterSeconds);
      return record(jsonApi(options.rateLimit.status, { errors: [{ status: String(options.rateLimit.status), title: "Too Many Requests" }] }, headers), fault);
    }
    if (fault === "timeout") {
      await new Promise((resolve) => setTimeout(resolve, options.hangMs).unref?.());
      return record(errorResponse(504, "Gateway Timeout", "upstream timed out"), fault);
    }
    const apiRoot = match ? `${url.origin}${options.basePath}/${match[1]}/v2` : url.origin;
    const response = await route(request, url, match ? path : null, apiRoot);
    if (fault === "malformed") return record(await corrupt(response), fault);
    return record(response, fault);
  };

  async function route(request: Request, url: URL, path: string | null, apiRoot: string): Promise<Response> {
    if (path === null) return errorResponse(404, "Not Found", "No such account");
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
    // GUESS: a JSON:API error document on 401; the body of Webshipper's 401 was not seen.
    // API tokens are long-lived [W §1]; `expireTokens` plays a token the merchant revoked.
    if (!token || !store.tokens.has(token) || faults.switches.expireTokens) return errorResponse(401, "Unauthorized", "The access token is invalid");
    const candidates = routes.filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return errorResponse(404, "Not Found", "The requested resource could not be found");
    const chosen = candidates.find((r) => r.method === request.method);
    if (!chosen) return errorResponse(405, "Method Not Allowed", `${request.method} is not allowed here`);
    return chosen.handle({ store, outbox, request, url, params: chosen.pattern.exec(path)!.slice(1), apiRoot });
  }
}

/** A 200 whose body is not a JSON:API document (a proxy's page, a cut-off answer). */
async function corrupt(response: Response): Promise<Response> {
  const text = await response.text();
  const cut = text.length > 2 ? text.slice(0, Math.ceil(text.length / 2)) : '{"data":';
  return new Response(cut, { status: 200, headers: { "content-type": "application/vnd.api+json" } });
}
