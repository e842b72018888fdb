import { isPartnerError, type PartnerError } from "@/lib/http/errors";
import type { ExceptionKind } from "@/db/schema";

/**
 * Whether the engine should try a failed step again. A PartnerError says so itself (transient:
 * timeouts, 5xx, rate limits); permanent and needs_merchant failures will fail the same way
 * again, so the Inngest function should throw NonRetriableError for them. Anything else (a bug,
 * the database briefly away) is retried, and ends in recordFailure when retries run out.
 */
export function isRetriable(error: unknown): boolean {
  if (isPartnerError(error)) return error.kind === "transient";
  return true;
}

/** The exception a non-transient partner failure becomes. */
export function exceptionKindOf(error: PartnerError): ExceptionKind {
  switch (error.reason) {
    case "credentials_rejected":
      return "credentials_rejected";
    case "unknown_sku":
      return "unknown_sku";
    case "bad_address":
      return "bad_address";
    case "insufficient_stock":
      return "out_of_stock";
    case "unmapped":
      return "unmapped_shipping_method";
    default:
      return "partner_error";
  }
}

/** A short plain-object summary of any error for the timeline (no stack, no secrets). */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (isPartnerError(error)) {
    const { kind, reason, partner, status, method, url, message } = error;
    return { kind, reason, partner, status, method, url, message };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { message: String(error) };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
