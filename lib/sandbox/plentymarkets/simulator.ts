import { FaultInjector, noFaults, seededRandom, type FaultSwitches } from "../faults";
import { SimClock } from "./clock";
import type { Route, SimContext } from "./context";
import { createControl, type PlentymarketsControl, type RequestLogEntry } from "./control";
import { SimError } from "./orders";
import { defaultRateLimits, RateLimiter, type RateLimitConfig } from "./rate-limits";
import { defaultStatuses, defaultVariations } from "./reference-data";
import { notFound, errorBody, serverError, tooManyRequests, unauthorized, validationFailed } from "./responses";
import { authRoutes } from "./routes/auth";
import { orderRoutes } from "./routes/orders";
import { packageRoutes } from "./routes/packages";
import { itemRoutes } from "./routes/items";
import { setupRoutes } from "./routes/setup";
import { stockRoutes } from "./routes/stock";
import { matchRoute } from "./router";
import { SimStore } from "./state";
import { TokenStore, type BackendUser } from "./tokens";

export interface PlentymarketsSimulatorOptions {
  /** Where the app mounts it ("/sandbox/plentymarkets"); requests outside it answer 404. */
  basePath?: string;
  users?: BackendUser[];
  /** Seeds the fault dice so a run can be replayed. */
  seed?: number;
  now?: () => Date;
  plentyId?: number;
  tokenTtlSeconds?: number;
  rateLimits?: Partial<RateLimitConfig>;
  faults?: Partial<FaultSwitches>;
  /** How long a rolled "timeout" hangs before answering 504. */
  timeoutHangMs?: number;
  /** The Decay an injected 429 burst announces. */
  burstDecaySeconds?: number;
}

export interface PlentymarketsSimulator {
  handle(request: Request): Promise<Response>;
  control: PlentymarketsControl;
}

export const sandboxUser: BackendUser = { username: "lagerbro-api", password: "sandbox-passwort", userId: 3 };
export const sandboxPlentyId = 41_234;

/** The expired-token fault spares tokens younger than this. */
const FRESH_TOKEN_MS = 5_000;

// Static paths are listed before `:orderId` ones only for readability; ids match digits only.
const routes: Route[] = [...authRoutes, ...setupRoutes, ...orderRoutes, ...packageRoutes, ...itemRoutes, ...stockRoutes];

export function createPlentymarketsSimulator(options: PlentymarketsSimulatorOptions = {}): PlentymarketsSimulator {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const clock = new SimClock(options.now);
  const random = options.seed === undefined ? Math.random : seededRandom(options.seed);
  const faults = new FaultInjector({ ...noFaults, ...options.faults }, random);
  const sim: SimContext = {
    clock,
    store: new SimStore(),
    tokens: new TokenStore(clock, options.tokenTtlSeconds),
    limiter: new RateLimiter(clock, { ...defaultRateLimits, ...options.rateLimits }),
    faults,
    random,
    users: [...(options.users ?? [sandboxUser])],
    plentyId: options.plentyId ?? sandboxPlentyId,
    statuses: defaultStatuses.map((s) => ({ ...s })),
    variations: defaultVariations.map((v) => ({ ...v })),
  };
  const log: RequestLogEntry[] = [];
  // The expired-tokens switch kills every token issued so far, once per switch-on, so the
  // client's re-login can succeed.
  let expiryApplied = false;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(basePath)) return notFound("Route");
    const path = url.pathname.slice(basePath.length) || "/";
    const method = request.method.toUpperCase();
    const match = matchRoute(routes, method, path);
    const routeKey = match && match !== "method-not-allowed" ? `${method} ${match.route.pattern}` : `${method} ${path}`;
    const response = await answer(request, url, method, match, routeKey);
    log.push({ method, path, query: url.search, status: response.status, at: clock.now() });
    return response;
  }

  async function answer(
    request: Request,
    url: URL,
    method: string,
    match: ReturnType<typeof matchRoute>,
    routeKey: string,
  ): Promise<Response> {
    await faults.delay();
    const bearer = request.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
    const withToken = match !== undefined && match !== "method-not-allowed" && !match.route.public && sim.tokens.mayExpire(bearer, FRESH_TOKEN_MS);
    const fault = faults.roll({ withToken });
    if (fault === "timeout") {
      await new Promise((r) => setTimeout(r, options.timeoutHangMs ?? 120_000).unref?.());
      return errorBody(504, "Gateway Timeout");
    }
    if (fault === "server-error") return withHeaders(serverError(), sim.limiter.headers(routeKey));
    if (fault === "rate-limit") return tooManyRequests(sim.limiter.burstHeaders(routeKey, options.burstDecaySeconds ?? 1));

    const rate = sim.limiter.consume(routeKey);
    if (!rate.allowed) return tooManyRequests(rate.headers);
    const response = await route(request, url, method, match, fault === "expired-token");
    const final = withHeaders(response, rate.headers);
    return fault === "malformed" && final.ok ? await malformed(final) : final;
  }

  async function route(request: Request, url: URL, method: string, match: ReturnType<typeof matchRoute>, expireToken = false): Promise<Response> {
    if (match === undefined) return notFound("Route");
    if (match === "method-not-allowed") return errorBody(405, "Method Not Allowed");
    let username: string | undefined;
    let accessToken: string | undefined;
    if (!match.route.public) {
      if (faults.switches.expireTokens && !expiryApplied) {
        sim.tokens.expireAllIssued();
        expiryApplied = true;
      }
      if (!faults.switches.expireTokens) expiryApplied = false;
      accessToken = request.headers.get("authorization")?.match(/^Bearer\s+(.+)$/i)?.[1];
      // The token ran out just now: it stays dead, and the client has to refresh or log in again.
      if (expireToken && accessToken) sim.tokens.revoke(accessToken);
      const check = accessToken ? sim.tokens.check(accessToken) : { ok: false as const };
      if (!check.ok) return unauthorized();
      username = check.username;
    }
    const body = await readBody(request);
    try {
      return await match.route.handler({ method, params: match.params, query: url.searchParams, body, username, accessToken }, sim);
    } catch (error) {
      if (error instanceof SimError) return validationFailed({ request: [error.message] });
      return serverError();
    }
  }

  return { handle, control: createControl(sim, log) };
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  if ((request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function withHeaders(response: Response, headers: Headers): Response {
  const merged = new Headers(response.headers);
  headers.forEach((value, key) => merged.set(key, value));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

/** A 200 whose body breaks the contract: the real JSON cut off halfway. */
async function malformed(response: Response): Promise<Response> {
  const text = await response.text();
  const broken = text.length > 2 ? text.slice(0, Math.floor(text.length / 2)) : "<html><body>Bad Gateway</body></html>";
  return new Response(broken, { status: 200, headers: response.headers });
}
