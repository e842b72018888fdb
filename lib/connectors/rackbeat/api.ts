import type { z } from "zod";
import type { ConnectorContext } from "@/lib/connectors/types";
import type { HttpAuth, HttpRequest, HttpResponse } from "@/lib/http";
import type { RackbeatCredentials, RackbeatSettings } from "./credentials";
import { pageOf } from "./schemas";

export type RackbeatContext = ConnectorContext<RackbeatCredentials, RackbeatSettings>;

export function rbCall<T>(ctx: RackbeatContext, req: HttpRequest<T> & { schema: z.ZodType<T> }): Promise<HttpResponse<T>> {
  return ctx.http.request<T>({ ...req, path: req.path.replace(/^\//, ""), signal: req.signal ?? ctx.signal });
}

/** Bearer token; the SDK says a User-Agent with contact details is mandatory [R1]. */
export function rackbeatAuth(credentials: Pick<RackbeatCredentials, "apiToken">): HttpAuth {
  return { headers: () => ({ authorization: `Bearer ${credentials.apiToken}`, "user-agent": "Lagerbro (support@lagerbro.app)" }) };
}

/** One page of a list (`page` + `limit`, iterate while page < pages [R1]). */
export async function rbPage<T extends z.ZodType>(
  ctx: RackbeatContext,
  input: { path: string; key: string; item: T; query?: Record<string, string | number | boolean>; page: number; limit?: number; operation: string },
): Promise<{ items: z.infer<T>[]; hasNext: boolean }> {
  const res = await rbCall(ctx, { method: "GET", path: input.path, query: { ...input.query, page: input.page, limit: input.limit ?? 50 }, schema: pageOf(input.key, input.item), operation: input.operation });
  return { items: res.data[input.key] ?? [], hasNext: res.data.page < res.data.pages };
}

export async function rbAll<T extends z.ZodType>(ctx: RackbeatContext, input: Omit<Parameters<typeof rbPage<T>>[1], "page"> & { maxPages?: number }): Promise<z.infer<T>[]> {
  const all: z.infer<T>[] = [];
  for (let page = 1; page <= (input.maxPages ?? 20); page++) {
    const { items, hasNext } = await rbPage(ctx, { ...input, page });
    all.push(...items);
    if (!hasNext) break;
  }
  return all;
}
