import { ERROR_BODY } from "../facts";
import { intParam, json } from "../http";
import type { ApiUser, OngoingStore } from "../store";

export interface RouteContext {
  store: OngoingStore;
  user: ApiUser;
  request: Request;
  url: URL;
  /** Captures of the route pattern, e.g. the orderId of `/orders/{orderId}`. */
  params: string[];
}

export interface Route {
  method: string;
  /** Matched against the path after `/api/v1`. */
  pattern: RegExp;
  handle(ctx: RouteContext): Response | Promise<Response>;
}

/**
 * List endpoints take `goodsOwnerId` as a query parameter [S1][S4]. A user may only reach its own
 * goods owner [S3]; answering another one with 401 is a GUESS.
 */
export function requireGoodsOwner(ctx: RouteContext, required = true): { ok: true; id: number } | { ok: false; response: Response } {
  const id = intParam(ctx.url, "goodsOwnerId");
  if (id === undefined && !required) return { ok: true, id: ctx.user.goodsOwnerId };
  if (id === undefined || id === null) {
    return { ok: false, response: json(400, ERROR_BODY.invalid({ goodsOwnerId: ["The goodsOwnerId field is required."] })) };
  }
  return checkOwner(ctx, id);
}

export function checkOwner(ctx: RouteContext, id: number): { ok: true; id: number } | { ok: false; response: Response } {
  if (id !== ctx.user.goodsOwnerId) return { ok: false, response: json(401, ERROR_BODY.unauthorized) };
  return { ok: true, id };
}

export const notFound = (ctx: RouteContext) => json(404, ERROR_BODY.notFound(ctx.url.href));
