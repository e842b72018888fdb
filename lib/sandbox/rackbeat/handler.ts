import type { FaultInjector, RolledFault } from "../faults";
import { json } from "./http";
import { catalogRoutes } from "./routes/catalog";
import type { Route } from "./routes/context";
import { orderRoutes } from "./routes/orders";
import { shipmentRoutes } from "./routes/shipments";
import { stockRoutes } from "./routes/stock";
import { webhookRoutes } from "./routes/webhooks";
import type { RackbeatStore } from "./store";

const routes: Route[] = [...orderRoutes, ...shipmentRoutes, ...stockRoutes, ...catalogRoutes, ...webhookRoutes];

export interface RequestLogEntry {
  method: string;
  /** After `/api`, e.g. `/orders`. */
  path: string;
  query: string;
  status: number;
  fault: RolledFault;
}

export interface HandlerOptions {
  basePath: string;
  hangMs: number;
  log: RequestLogEntry[];
  rateLimit: { limit: number; retryAfterSeconds: number | null };
}

/** Real root `https://app.rackbeat.com/api/` [R1]; here `{basePath}/api/…`. */
const API_PATH = /^\/api(\/.*)?$/;

export function createHandler(store: RackbeatStore, faults: FaultInjector, options: HandlerOptions) {
  // Calls served in the current minute of the simulator's clock (GUESS: a Laravel throttle window of 60 s).
  const window = { minute: -1, served: 0 };
  return async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const rest = url.pathname.startsWith(options.basePath) ? url.pathname.slice(options.basePath.length) : null;
    const match = rest === null ? null : API_PATH.exec(rest);
    const path = match?.[1] ?? "/";
    // [K2] reads X-RateLimit-Limit / X-RateLimit-Remaining on every answer.
    const limitHeaders = (remaining: number) => ({ "x-ratelimit-limit": String(options.rateLimit.limit), "x-ratelimit-remaining": String(Math.max(0, remaining)) });
    const record = (response: Response, fault: RolledFault) => {
      options.log.push({ method: request.method, path, query: url.search, status: response.status, fault });
      return response;
    };

    await faults.delay();
    const fault = faults.roll();
    if (fault === "server-error") return record(json(500, { message: "Server Error" }), fault);
    if (fault === "rate-limit") {
      // 429 = throttled [R1]; GUESS: Laravel's throttle adds Retry-After.
      const headers: Record<string, string> = limitHeaders(0);
      if (options.rateLimit.retryAfterSeconds !== null) headers["retry-after"] = String(options.rateLimit.retryAfterSeconds);
      return record(json(429, { message: "Too Many Attempts." }, headers), fault);
    }
    if (fault === "timeout") {
      await new Promise((resolve) => setTimeout(resolve, options.hangMs).unref?.());
      return record(json(504, { message: "Gateway Timeout" }), fault);
    }
    const minute = Math.floor(store.now().getTime() / 60_000);
    if (minute !== window.minute) Object.assign(window, { minute, served: 0 });
    window.served += 1;
    const response = await route(request, url, match ? path : null);
    for (const [k, v] of Object.entries(limitHeaders(options.rateLimit.limit - window.served))) response.headers.set(k, v);
    if (fault === "malformed") return record(await corrupt(response), fault);
    return record(response, fault);
  };

  async function route(request: Request, url: URL, path: string | null): Promise<Response> {
    if (path === null) return json(404, { message: "Not found." });
    const token = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1]?.trim();
    // Tokens are treated as permanent [R §1]; `expireTokens` plays a token the merchant replaced.
    if (!token || !store.tokens.has(token) || faults.switches.expireTokens) return json(401, { message: "Unauthenticated." });
    const candidates = routes.filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return json(404, { message: "Not found." });
    const chosen = candidates.find((r) => r.method === request.method);
    if (!chosen) return json(405, { message: "The method is not supported for this route." });
    return chosen.handle({ store, request, url, params: chosen.pattern.exec(path)!.slice(1) });
  }
}

/** A 200 that breaks the contract: an HTML page where JSON was expected. */
async function corrupt(response: Response): Promise<Response> {
  await response.text();
  return new Response("<html><body>Maintenance</body></html>", { status: 200, headers: { "content-type": "text/html" } });
}
