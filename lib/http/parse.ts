import type { z } from "zod";
import { PartnerError } from "./errors";

export interface ParseContext {
  partner: string;
  operation?: string;
  status?: number;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
}

/**
 * Parses a partner's response with its schema. A contract surprise becomes a transient
 * PartnerError "malformed response from <partner>: <path>: <issue>" rather than a crash:
 * most garbled bodies are one-offs (a proxy, a half-written answer), and a lasting contract
 * change still surfaces as an exception once retries are used up.
 */
export function parseResponse<T>(schema: z.ZodType<T>, body: unknown, context: string | ParseContext = "partner"): T {
  const ctx = typeof context === "string" ? { partner: context } : context;
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? formatPath(issue.path) : "(root)";
  const what = issue?.message ?? "does not match the expected shape";
  const more = result.error.issues.length > 1 ? ` (+${result.error.issues.length - 1} more)` : "";
  return throwMalformed(ctx, `${where}: ${what}${more}`, result.error);
}

function throwMalformed(ctx: ParseContext, detail: string, cause: unknown): never {
  throw new PartnerError({
    kind: "transient",
    reason: "malformed_response",
    partner: ctx.partner,
    status: ctx.status,
    message: `malformed response from ${ctx.partner}${ctx.operation ? ` (${ctx.operation})` : ""}: ${detail}`,
    cause,
  });
}
