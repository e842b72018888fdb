import type { HttpRequest, HttpResponse } from "@/lib/http/types";
import type { WemaloContext } from "./context";
import { explainAuthFailure } from "./errors";

/**
 * One wemalo call through the connection's HTTP client. wemalo authenticates each request with
 * `Authorization: JWT <REST key>` [M2][M3]; the connector contract has no auth hook for the
 * client, so the header is added here (the request log redacts it).
 */
export async function call<T>(ctx: WemaloContext, req: HttpRequest<T>): Promise<HttpResponse<T>> {
  try {
    return await ctx.http.request<T>({
      ...req,
      headers: { ...req.headers, authorization: `JWT ${ctx.credentials.apiToken}` },
      signal: req.signal ?? ctx.signal,
    });
  } catch (error) {
    throw explainAuthFailure(error);
  }
}
