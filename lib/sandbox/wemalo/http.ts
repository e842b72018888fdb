/**
 * Answer shapes of wemalo-connect. Successful bodies carry `"Success": true` and usually
 * `"status": 200` [M1][M2]. Error bodies carry `"Success": false`, the `status` and typed error
 * fields (`NOT_FOUND extId`, `INVALID quantity`, `missingParameter`) [M1]; the exact error
 * envelope (`errors: [{ type, field, value, message }]`) is guessed.
 */
export function ok(body: Record<string, unknown> = {}, status = 200): Response {
  return json({ ...body, Success: true, status }, status);
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export type ErrorType = "NOT_FOUND" | "INVALID" | "missingParameter";

export interface RestError {
  type: ErrorType;
  field: string;
  value?: unknown;
  message: string;
}

export function fail(status: number, message: string, errors: RestError[] = []): Response {
  return json({ Success: false, status, message, errors }, status);
}

export const notFound = (field: string, value: unknown, message: string) =>
  fail(404, message, [{ type: "NOT_FOUND", field, value, message }]);

export const invalid = (field: string, value: unknown, message: string) =>
  fail(400, message, [{ type: "INVALID", field, value, message }]);

export const missing = (field: string) =>
  fail(400, `missing parameter ${field}`, [{ type: "missingParameter", field, message: `${field} is required` }]);

/** Reads a JSON object body; undefined when the body is absent or not an object. */
export async function readObject(request: Request): Promise<Record<string, unknown> | undefined> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const str = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

export const num = (value: unknown): number | undefined => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : undefined;
};

export const obj = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
