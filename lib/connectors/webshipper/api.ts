import type { z } from "zod";
import type { ConnectorContext } from "@/lib/connectors/types";
import type { HttpAuth, HttpRequest, HttpResponse } from "@/lib/http";
import type { WebshipperCredentials, WebshipperSettings } from "./credentials";
import { listOf } from "./schemas";

export type WebshipperContext = ConnectorContext<WebshipperCredentials, WebshipperSettings>;

const JSON_API = "application/vnd.api+json";

/** One call with JSON:API media types [W3][W5]. */
export function wsCall<T>(ctx: WebshipperContext, req: HttpRequest<T> & { schema: z.ZodType<T> }): Promise<HttpResponse<T>> {
  return ctx.http.request<T>({
    ...req,
    path: req.path.replace(/^\//, ""),
    headers: { accept: JSON_API, ...(req.body !== undefined ? { "content-type": JSON_API } : {}), ...req.headers },
    signal: req.signal ?? ctx.signal,
  });
}

/** Bearer token on every request [W2][W3]; nothing to refresh (a long-lived token). */
export function bearerAuth(credentials: Pick<WebshipperCredentials, "apiToken">): HttpAuth {
  return { headers: () => ({ authorization: `Bearer ${credentials.apiToken}` }) };
}

/** One page (`page[number]`, 30 per page [W1]); `hasNext` from the `next` link or a full page. */
export async function wsPage<T extends z.ZodType>(
  ctx: WebshipperContext,
  input: { path: string; item: T; query?: Record<string, string | number>; page: number; operation: string },
): Promise<{ items: z.infer<T>[]; hasNext: boolean }> {
  const res = await wsCall(ctx, { method: "GET", path: input.path, query: { ...input.query, "page[number]": input.page }, schema: listOf(input.item), operation: input.operation });
  const items = res.data.data as z.infer<T>[];
  const next = res.data.links?.next;
  return { items, hasNext: next !== undefined ? Boolean(next) : items.length >= 30 };
}

/** Every page, for short lists (shipping rates, an order's shipments, webhooks). */
export async function wsAll<T extends z.ZodType>(ctx: WebshipperContext, input: { path: string; item: T; query?: Record<string, string | number>; operation: string; maxPages?: number }): Promise<z.infer<T>[]> {
  const all: z.infer<T>[] = [];
  for (let page = 1; page <= (input.maxPages ?? 20); page++) {
    const { items, hasNext } = await wsPage(ctx, { ...input, page });
    all.push(...items);
    if (!hasNext) break;
  }
  return all;
}
