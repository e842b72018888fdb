/**
 * Answers in plentymarkets' shapes. Error envelopes: `{"error":{"message","code"}}` with Laravel
 * style `validation_errors` beside it, and `{"error":"invalid_credentials",…}` for a failed login,
 * as the plenty_client gem parses them. The exact bodies are not documented (fact sheet §8:
 * unconfirmed); status codes are 401 (OpenAPI) and 429 (fact sheet §6).
 */

export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { status, headers: h });
}

export function errorBody(code: number, message: string): Response {
  return json({ error: { code, message } }, code);
}

export function unauthorized(): Response {
  // Text of the OpenAPI 401 description (League OAuth2 AccessDeniedException).
  return errorBody(401, "The resource owner or authorization server denied the request.");
}

export function invalidCredentials(): Response {
  return json({ error: "invalid_credentials", message: "The user credentials were incorrect." }, 401);
}

export function notFound(what = "Resource"): Response {
  return errorBody(404, `${what} not found`);
}

export function validationFailed(errors: Record<string, string[]>): Response {
  return json({ error: { code: 422, message: "The given data was invalid." }, validation_errors: errors }, 422);
}

export function tooManyRequests(headers: HeadersInit): Response {
  return json({ error: { code: 429, message: "Too Many Requests" } }, 429, headers);
}

export function serverError(): Response {
  return errorBody(500, "Internal Server Error");
}

/** The paginated envelope of `GET /rest/orders` and `GET /rest/orders/statuses` (OpenAPI). */
export function paginate<T>(all: T[], pageParam: string | null, perPageParam: string | null, defaultPerPage = 50) {
  // The cap of 250 is our guess; the fact sheet only notes that some endpoints cap itemsPerPage.
  const itemsPerPage = clampInt(perPageParam, defaultPerPage, 1, 250);
  const lastPageNumber = Math.max(1, Math.ceil(all.length / itemsPerPage));
  const page = clampInt(pageParam, 1, 1, Number.MAX_SAFE_INTEGER);
  const start = (page - 1) * itemsPerPage;
  const entries = all.slice(start, start + itemsPerPage);
  return {
    page,
    totalsCount: all.length,
    isLastPage: page >= lastPageNumber,
    lastPageNumber,
    firstOnPage: entries.length ? start + 1 : 0,
    lastOnPage: entries.length ? start + entries.length : 0,
    itemsPerPage,
    entries,
  };
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null || raw === "" ? fallback : Number.parseInt(raw, 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}
