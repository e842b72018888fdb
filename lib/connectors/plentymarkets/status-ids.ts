import { z } from "zod";

/**
 * plentymarkets status ids are decimals with up to 4 places ("5", "5.1", "7.9947"); they are
 * compared as decimals, never with parseInt (fact sheet §5). We keep them as strings in
 * settings and send them as JSON numbers.
 */
export const statusIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,4})?$/, "a plentymarkets status id is a decimal with at most 4 places, like 5.1 or 9.01");

export function toApiStatus(id: string): number {
  return Number(id);
}

export function sameStatus(a: string | number, b: string | number): boolean {
  return Number(a) === Number(b);
}

/** "9" and 9.0 and "9.0" all read as "9"; 5.1 as "5.1". */
export function statusKey(id: string | number): string {
  return String(Number(id));
}

/** A comma separated list of status ids ("8, 8.1"). */
export const statusListSchema = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const ids = s.split(",").map((p) => p.trim()).filter(Boolean);
    for (const id of ids) {
      if (!statusIdSchema.safeParse(id).success) {
        ctx.addIssue({ code: "custom", message: `"${id}" is not a plentymarkets status id (decimal, at most 4 places)` });
        return z.NEVER;
      }
    }
    if (ids.length === 0) {
      ctx.addIssue({ code: "custom", message: "give at least one status id" });
      return z.NEVER;
    }
    return ids;
  });
