import { z } from "zod";
import { PullApiError } from "./errors";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const dateParam = z.string().refine(isCalendarDate, "must be a date written YYYY-MM-DD").optional();
const intParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((value) => value ?? fallback);

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

const listQuerySchema = z.object({
  from: dateParam,
  to: dateParam,
  page: intParam(1, 100_000, 1),
  per_page: intParam(1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** from, to (YYYY-MM-DD, inclusive), page (from 1) and per_page of a list call; a bad one is a 400 naming it. */
export function parseListQuery(url: URL): ListQuery {
  const raw: Record<string, string> = {};
  for (const key of ["from", "to", "page", "per_page"] as const) {
    const value = url.searchParams.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = listQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const parameter = String(issue.path[0] ?? "query");
    throw new PullApiError("invalid_parameter", `${parameter} ${issue.message}`, parameter);
  }
  const { from, to } = parsed.data;
  if (from && to && from > to) throw new PullApiError("invalid_parameter", "to must not be before from", "to");
  return parsed.data;
}

const pathParam = z.string().trim().min(1).max(100);

/** A customer, order or invoice number from the path. */
export function parsePathParam(value: string | undefined, parameter: string): string {
  const parsed = pathParam.safeParse(value);
  if (!parsed.success) throw new PullApiError("invalid_parameter", `${parameter} must be 1 to 100 characters`, parameter);
  return parsed.data;
}
