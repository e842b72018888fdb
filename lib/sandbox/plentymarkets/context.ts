import type { FaultInjector } from "../faults";
import type { SimClock } from "./clock";
import type { RateLimiter } from "./rate-limits";
import type { SimStatus, SimVariation } from "./reference-data";
import type { SimStore } from "./state";
import type { BackendUser, TokenStore } from "./tokens";

/** Everything a route handler may read or change. */
export interface SimContext {
  clock: SimClock;
  store: SimStore;
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: FaultInjector;
  random: () => number;
  users: BackendUser[];
  plentyId: number;
  statuses: SimStatus[];
  variations: SimVariation[];
}

export interface RouteRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body, `{}` when empty; `undefined` when it is not JSON. */
  body: unknown;
  /** The backend user behind the Bearer token and the token; absent on public routes. */
  username?: string;
  accessToken?: string;
}

export type RouteHandler = (req: RouteRequest, sim: SimContext) => Response | Promise<Response>;

export interface Route {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path under the base path, with `:name` segments ("/rest/orders/:orderId"). */
  pattern: string;
  handler: RouteHandler;
  /** Login and refresh need no token. */
  public?: boolean;
}
