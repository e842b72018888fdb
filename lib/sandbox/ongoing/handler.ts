import type { FaultInjector, RolledFault } from "../faults";
import { authenticate } from "./auth";
import { ERROR_BODY } from "./facts";
import { json } from "./http";
import { articleRoutes } from "./routes/articles";
import type { Route } from "./routes/context";
import { orderRoutes } from "./routes/orders";
import { referenceRoutes } from "./routes/reference";
import type { OngoingStore } from "./store";

const routes: Route[] = [...orderRoutes, ...articleRoutes, ...referenceRoutes];

export interface RequestLogEntry {
  at: Date;
  method: string;
  /** The path after `/api/v1`, e.g. `/orders`. */
  path: string;
  query: string;
  status: number;
  fault: RolledFault;
}

export interface HandlerOptions {
  basePath: string;
  /** How long a "timeout" fault keeps the request open, in milliseconds. */
  hangMs: number;
  log: RequestLogEntry[];
  rateLimit: { status: number; retryAfterSeconds: number | null };
}

/** Real base URL: https://api.ongoingsystems.se/{warehouse}/api/v1 [S1][S2]. Any instance name is accepted. */
const API_PATH = /^\/([^/]+)\/api\/v1(\/.*)?$/;

export function createHandler(store: OngoingStore, faults: FaultInjector, options: HandlerOptions) {
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const rest = url.pathname.startsWith(options.basePath) ? url.pathname.slice(options.basePath.length) : null;
    const match = rest === null ? null : API_PATH.exec(rest);
    const path = match?.[2] ?? "/";
    const record = (response: Response, fault: RolledFault) => {
      options.log.push({ at: store.now(), method: request.method, path, query: url.search, status: response.status, fault });
      // The server's own clock, as IIS sends it; clients use it to start their next "changed since".
      response.headers.set("date", store.now().toUTCString());
      return response;
    };

    await faults.delay();
    // `expireTokens` has nothing to act on: Basic auth has no token [S1]. control.setPassword
    // plays the nearest real event, a password changed in Ongoing.
    const fault = faults.roll();
    if (fault === "server-error") return record(json(500, ERROR_BODY.unhandled), fault);
    if (fault === "rate-limit") return record(rateLimited(options.rateLimit), fault);
    if (fault === "timeout") {
      await new Promise((resolve) => setTimeout(resolve, options.hangMs).unref?.());
      return record(json(500, ERROR_BODY.unhandled), fault);
    }

    const response = await route(request, url, match ? path : null);
    if (fault === "malformed") return record(await corrupt(response), fault);
    return record(response, fault);
  };

  async function route(request: Request, url: URL, path: string | null): Promise<Response> {
    if (path === null) return json(404, ERROR_BODY.notFound(url.href));
    const user = authenticate(store, request);
    if (!user) return json(401, ERROR_BODY.unauthorized, { "www-authenticate": 'Basic realm="Ongoing WMS"' });
    const candidates = routes.filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return json(404, ERROR_BODY.notFound(url.href));
    const chosen = candidates.find((r) => r.method === request.method);
    if (!chosen) {
      return json(405, ERROR_BODY.rejected(`The requested resource does not support http method '${request.method}'.`));
    }
    const params = chosen.pattern.exec(path)!.slice(1);
    return chosen.handle({ store, user, request, url, params });
  }
}

/** IIS's own page for 503 (GUESS for the REST front; the SOAP front answers 503 on excessive polling [S2]). */
function rateLimited(limit: HandlerOptions["rateLimit"]): Response {
  const headers: Record<string, string> = { "content-type": "text/html" };
  if (limit.retryAfterSeconds !== null) headers["retry-after"] = String(limit.retryAfterSeconds);
  return new Response("<h1>HTTP Error 503. The service is unavailable.</h1>", { status: limit.status, headers });
}

/** The work is done, but the answer arrives cut in half: a 200 whose body is not valid JSON. */
async function corrupt(response: Response): Promise<Response> {
  const text = await response.text();
  const cut = text.length > 2 ? text.slice(0, Math.ceil(text.length / 2)) : '{"orderId":';
  return new Response(cut, { status: 200, headers: { "content-type": "application/json; charset=utf-8" } });
}
