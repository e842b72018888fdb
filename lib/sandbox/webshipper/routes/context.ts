import type { WebhookOutbox } from "../webhook";
import type { WebshipperStore } from "../store";
import { errorResponse } from "../http";

export interface RouteContext {
  store: WebshipperStore;
  outbox: WebhookOutbox;
  request: Request;
  url: URL;
  params: string[];
  /** `…/v2`, for relationship links. */
  apiRoot: string;
}

export interface Route {
  method: string;
  /** Matched against the path after `/v2`. */
  pattern: RegExp;
  handle(ctx: RouteContext): Response | Promise<Response>;
}

export const notFound = () => errorResponse(404, "Not Found", "The requested resource could not be found");
