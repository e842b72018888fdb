import { withTenant, type Tx } from "@/db";
import { bearerKey, resolveApiKey, touchApiKey } from "./authenticate";
import { errorBody, PullApiError } from "./errors";

export interface PullCall<P> {
  tx: Tx;
  tenantId: string;
  params: P;
  url: URL;
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function errorResponse(error: PullApiError): Response {
  const extra: Record<string, string> = error.code === "unauthorized" ? { "www-authenticate": 'Bearer realm="lagerbro-pull-api"' } : {};
  return jsonResponse(errorBody(error), error.status, extra);
}

/**
 * A Pull API route handler: checks `Authorization: Bearer <key>`, then runs `handle` in one
 * transaction as the key's tenant (row-level security on) and answers its result as JSON.
 * Every refusal and every failure is JSON too: 401, 400 naming the parameter, 404, 500.
 */
export function pullApiRoute<P>(handle: (call: PullCall<P>) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const key = bearerKey(request);
      const holder = key ? await resolveApiKey(key) : null;
      if (!holder) throw new PullApiError("unauthorized", "Send a valid, unrevoked API key as Authorization: Bearer <key>.");
      const params = await context.params;
      const url = new URL(request.url);
      const body = await withTenant(holder.tenantId, async (tx) => {
        await touchApiKey(tx, holder.keyId);
        return handle({ tx, tenantId: holder.tenantId, params, url });
      });
      return jsonResponse(body);
    } catch (error) {
      if (error instanceof PullApiError) return errorResponse(error);
      console.error("[lagerbro] pull api failed", error instanceof Error ? error.name : "unknown");
      return errorResponse(new PullApiError("internal_error", "Something went wrong on our side. Please try again."));
    }
  };
}

/** For paths and methods the API does not have: JSON, not Next's HTML page. */
export const notAnEndpoint = async (): Promise<Response> => errorResponse(new PullApiError("not_found", "No such endpoint."));
export const methodNotAllowed = async (): Promise<Response> => jsonResponse(errorBody(new PullApiError("method_not_allowed", "Only GET is allowed.")), 405, { allow: "GET" });
