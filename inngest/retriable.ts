import { NonRetriableError } from "inngest";
import { errorMessage, isRetriable } from "@/lib/pipeline/errors";

/**
 * Runs one piece of lib work inside a step. What a retry cannot fix (a rejected credential, a
 * refusal by the partner) leaves as NonRetriableError, so Inngest stops at once and onFailure
 * records it; anything transient is thrown as is and Inngest retries with backoff.
 */
export async function retriableOnly<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isRetriable(error)) throw error;
    throw new NonRetriableError(errorMessage(error), { cause: error });
  }
}
