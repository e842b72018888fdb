import type { ShopState, Account } from "./store";
import type { CallRecord, World } from "./world";

export interface RouteContext {
  /** This request's entry in the call log; a bulk route notes its item count there. */
  call: CallRecord;
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  account: Account;
  shop: ShopState;
  world: World;
}

export type RouteHandler = (ctx: RouteContext) => Response | Promise<Response>;

export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
}

export const route = (method: string, pattern: string, handler: RouteHandler): Route => ({ method, pattern, handler });

const segments = (path: string) => path.split("/").filter((s) => s !== "");

/** Finds the route for a path below `/v1`; trailing slashes are ignored as wemalo's own URLs mix both. */
export function match(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const actual = segments(path);
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const expected = segments(candidate.pattern);
    if (expected.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const fits = expected.every((part, i) => {
      const value = actual[i]!;
      if (part.startsWith(":")) {
        params[part.slice(1)] = decodeURIComponent(value);
        return true;
      }
      return part === value;
    });
    if (fits) return { route: candidate, params };
  }
  return undefined;
}
