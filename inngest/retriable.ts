import { NonRetriableError, RetryAfterError } from "inngest";
import { isPartnerError } from "@/lib/http/errors";
import { errorMessage, isRetriable } from "@/lib/pipeline/errors";

/**
 * Runs one piece of lib work inside a step. What a retry cannot fix (a rejected credential, a
 * refusal by the partner) leaves as NonRetriableError, so Inngest stops at once and onFailure
 * records it. A partner that said when to come back (Retry-After, rate-limit headers) leaves as
 * RetryAfterError with that delay; anything else transient is thrown as is, and Inngest retries
 * with its backoff.
 */
export async function retriableOnly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isRetriable(error)) throw new NonRetriableError(errorMessage(error), { cause: error });
    if (isPartnerError(error) && error.retryAfterMs !== undefined && error.retryAfterMs > 0) {
      throw new RetryAfterError(errorMessage(error), error.retryAfterMs, { cause: error });
    }
    throw error;
  }
}
