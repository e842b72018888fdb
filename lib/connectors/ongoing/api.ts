import type { z } from "zod";
import type { ConnectorContext } from "@/lib/connectors/types";
import type { HttpAuth, HttpRequest, HttpResponse, Query } from "@/lib/http";
import type { OngoingCredentials, OngoingSettings } from "./credentials";

export type OngoingContext = ConnectorContext<OngoingCredentials, OngoingSettings>;

/** One call to the goods-owner REST API, with goodsOwnerId where the API wants it [S4]. */
export function ongoingCall<T>(
  ctx: OngoingContext,
  req: Omit<HttpRequest<T>, "query"> & { query?: Query; schema: z.ZodType<T>; ownerQuery?: boolean },
): Promise<HttpResponse<T>> {
  const { goodsOwnerId } = ctx.credentials;
  const { ownerQuery = true, ...rest } = req;
  return ctx.http.request<T>({
    ...rest,
    path: req.path.replace(/^\//, ""),
    query: ownerQuery ? { goodsOwnerId, ...req.query } : req.query,
    signal: req.signal ?? ctx.signal,
  });
}

/** HTTP Basic on every request: no token, no session, nothing to refresh. [S1][S5] */
export function basicAuth(credentials: Pick<OngoingCredentials, "username" | "password">): HttpAuth {
  const value = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, "utf8").toString("base64")}`;
  return { headers: () => ({ authorization: value }) };
}
