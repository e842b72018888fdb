import type { FaultInjector } from "../faults";
import { json } from "./http";
import { match, type Route } from "./router";
import { readToken } from "./tokens";
import { advanceByTime } from "./progress";
import type { RateLimiter } from "./rate-limit";
import { goodsOrderRoutes } from "./routes/goods-orders";
import { packageRoutes } from "./routes/packages";
import { productRoutes } from "./routes/products";
import { returnRoutes } from "./routes/returns";
import { webhookRoutes } from "./routes/webhooks";
import type { CallRecord, World } from "./world";

const ROUTES: Route[] = [...goodsOrderRoutes, ...packageRoutes, ...productRoutes, ...returnRoutes, ...webhookRoutes];

export interface HandlerDeps {
  basePath: string;
  world: World;
  faults: FaultInjector;
  limiter: RateLimiter;
  /** How long a "timeout" fault hangs before it finally answers 504. */
  hangMs: number;
  /** When set, orders move one step on per this many ms (checked on every request). */
  autoAdvanceMs?: number;
}

/**
 * Auth failures answer 401 with the messages of Node's express-jwt/jsonwebtoken, which
 * wemalo-connect (an express app, `routes/*.js` [M1]) plausibly uses; status and wording guessed.
 */
const unauthorized = (message: string) => json({ Success: false, status: 401, message }, 401);

export function createHandler(deps: HandlerDeps): (request: Request) => Promise<Response> {
  const prefix = `${deps.basePath.replace(/\/+$/, "")}/v1`;
  let malformedCount = 0;

  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${prefix}/`)) return json({ Success: false, status: 404, message: "not found" }, 404);
    const path = url.pathname.slice(prefix.length);
    const call = { method: request.method, path, status: 0 } as CallRecord;
    deps.world.calls.push(call);
    const response = await answer(request, url, path, call);
    call.status = response.status;
    return response;
  };

  async function answer(request: Request, url: URL, path: string, call: CallRecord): Promise<Response> {
    await deps.faults.delay();
    const fault = deps.faults.roll();
    if (fault === "timeout") {
      await new Promise((resolve) => setTimeout(resolve, deps.hangMs).unref());
      return json({ Success: false, status: 504, message: "gateway timeout" }, 504);
    }
    if (fault === "server-error") return json({ Success: false, status: 500, message: "internal server error" }, 500);

    const token = readToken(request);
    if (!token) return unauthorized("No authorization token was found");
    const account = deps.world.accounts.get(token);
    if (!account) return unauthorized("invalid token");
    if (deps.faults.switches.expireTokens) account.expired = true;
    if (account.expired) return unauthorized("jwt expired");

    const now = Date.now();
    if (fault === "rate-limit") deps.limiter.exhaust(account.token, now);
    const remaining = deps.limiter.take(account.token, now);
    const limitHeaders = deps.limiter.headers(remaining);
    if (remaining < 0) return json({ Success: false, status: 419, message: "rate limit exceeded" }, 419, limitHeaders);

    if (deps.autoAdvanceMs) advanceByTime(deps.world, deps.autoAdvanceMs);
    const found = match(ROUTES, request.method, path);
    const response = found
      ? await found.route.handler({ call, request, params: found.params, query: url.searchParams, account, shop: deps.world.shop(account.shop), world: deps.world })
      : json({ Success: false, status: 404, message: `Cannot ${request.method} /v1${path}` }, 404);

    if (fault === "malformed") {
      malformedCount += 1;
      // Alternates a cut-off body and valid JSON of the wrong shape.
      const body = malformedCount % 2 === 1 ? '{"Success":true,"status":200,"id":' : '["maintenance"]';
      return new Response(body, { status: 200, headers: { "content-type": "application/json; charset=utf-8", ...limitHeaders } });
    }
    const headers = new Headers(response.headers);
    for (const [key, value] of Object.entries(limitHeaders)) headers.set(key, value);
    return new Response(response.body, { status: response.status, headers });
  }
}
