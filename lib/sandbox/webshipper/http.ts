import { JSON_API, PAGE_SIZE } from "./facts";

export function jsonApi(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": JSON_API, ...headers } });
}

/** JSON:API error document; the shape `errors[].title/detail` is what [T1] reads from a 422. */
export function errorResponse(status: number, title: string, detail: string, pointer?: string): Response {
  return jsonApi(status, { errors: [{ status: String(status), title, detail, ...(pointer ? { source: { pointer } } : {}) }] });
}

export async function readDocument(request: Request): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    return { ok: false, response: errorResponse(400, "Bad Request", "The request body is not valid JSON") };
  }
  const data = (raw as { data?: unknown } | null)?.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, response: errorResponse(400, "Bad Request", "A JSON:API document with a data object is required", "/data") };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** `page[number]` (1-based), fixed page size [W1]; links as JSON:API lays them out (GUESS: Webshipper's exact links/meta not seen). */
export function paginate<T>(url: URL, rows: T[]): { items: T[]; links: Record<string, string>; meta: { total_pages: number } } {
  const raw = Number(url.searchParams.get("page[number]") ?? "1");
  const page = Number.isInteger(raw) && raw > 0 ? raw : 1;
  const totalPages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const link = (n: number) => {
    const u = new URL(url.href);
    u.searchParams.set("page[number]", String(n));
    return u.href;
  };
  const links: Record<string, string> = { self: link(page), first: link(1), last: link(totalPages) };
  if (page < totalPages) links.next = link(page + 1);
  if (page > 1) links.prev = link(page - 1);
  return { items: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), links, meta: { total_pages: totalPages } };
}

/**
 * `filter[attr]=v` and `filter[attr][value]=v&filter[attr][operator]=gte` [K1]. Returns a
 * predicate on the attribute's value; operators: eq (default), gt, gte, lt, lte, in (comma list).
 */
export function filterOf(url: URL, attr: string): ((value: string | number | null | undefined) => boolean) | undefined {
  const plain = url.searchParams.get(`filter[${attr}]`);
  const value = plain ?? url.searchParams.get(`filter[${attr}][value]`);
  if (value === null) return undefined;
  const operator = plain !== null ? "eq" : (url.searchParams.get(`filter[${attr}][operator]`) ?? "eq");
  const compare = (v: string | number) => {
    const a = typeof v === "number" ? v : Date.parse(v);
    const b = typeof v === "number" ? Number(value) : Date.parse(value);
    return Number.isNaN(a) || Number.isNaN(b) ? String(v).localeCompare(value) : a - b;
  };
  return (v) => {
    if (v === null || v === undefined) return false;
    switch (operator) {
      case "gt": return compare(v) > 0;
      case "gte": return compare(v) >= 0;
      case "lt": return compare(v) < 0;
      case "lte": return compare(v) <= 0;
      default: return value.split(",").includes(String(v));
    }
  };
}
