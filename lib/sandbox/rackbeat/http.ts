import { DEFAULT_LIMIT, MAX_LIMIT } from "./facts";

const JSON_TYPE = "application/json";

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_TYPE, ...headers } });
}

/** Laravel's error shapes (GUESS [R §7]: `{ message }`, validation adds `errors: { field: [..] }`). */
export const notFound = () => json(404, { message: "Not found." });
export const invalid = (errors: Record<string, string[]>) => json(422, { message: "The given data was invalid.", errors });

export async function readJson(request: Request): Promise<{ ok: true; value: Record<string, unknown> } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // fall through
  }
  return { ok: false, response: json(400, { message: "Malformed JSON." }) };
}

/** `{ <plural>: [...], pages, page, limit, total }` with `page` + `limit`. [R1] BaseResource.php */
export function paged<T>(url: URL, key: string, rows: T[], render: (row: T) => unknown): Response {
  const rawLimit = Number(url.searchParams.get("limit") ?? DEFAULT_LIMIT);
  const limit = Number.isInteger(rawLimit) && rawLimit > 0 ? Math.min(rawLimit, MAX_LIMIT) : DEFAULT_LIMIT;
  const rawPage = Number(url.searchParams.get("page") ?? 1);
  const page = Number.isInteger(rawPage) && rawPage > 0 ? rawPage : 1;
  const pages = Math.max(1, Math.ceil(rows.length / limit));
  return json(200, { [key]: rows.slice((page - 1) * limit, page * limit).map(render), pages, page, limit, total: rows.length });
}

/** Boolean query filters (`is_booked=true`). [R1][R4] */
export function boolParam(url: URL, name: string): boolean | undefined {
  const v = url.searchParams.get(name);
  if (v === null) return undefined;
  return v === "true" || v === "1";
}
