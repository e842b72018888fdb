import type { RackbeatStore } from "../store";

export interface RouteContext {
  store: RackbeatStore;
  request: Request;
  url: URL;
  params: string[];
}

export interface Route {
  method: string;
  /** Matched against the path after `/api`. */
  pattern: RegExp;
  handle(ctx: RouteContext): Response | Promise<Response>;
}
