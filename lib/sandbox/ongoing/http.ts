import { ERROR_BODY } from "./facts";
import { modelState } from "./schemas";
import type { z } from "zod";

// ASP.NET Web API answers JSON with this content type (the Medusa client checks for it [S5]).
const JSON_TYPE = "application/json; charset=utf-8";

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": JSON_TYPE, ...headers } });
}

export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    return { ok: false, response: json(400, ERROR_BODY.invalid({ model: ["The request body is not valid JSON."] })) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, response: json(400, ERROR_BODY.invalid(modelState(parsed.error))) };
  return { ok: true, value: parsed.data };
}

/** An integer query parameter; `undefined` when absent, `null` when present but not a number. */
export function intParam(url: URL, name: string): number | undefined | null {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : null;
}

/** A date-time query parameter; `undefined` when absent, `null` when unparseable. */
export function dateParam(url: URL, name: string): Date | undefined | null {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === "") return undefined;
  const t = Date.parse(raw);
  return Number.isNaN(t) ? null : new Date(t);
}

/** Array parameters are repeated keys, `a=1&a=2`, not comma-joined. [S5] client.ts */
export function listParam(url: URL, name: string): string[] {
  return url.searchParams.getAll(name).filter((v) => v !== "");
}

