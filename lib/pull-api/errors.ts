/** The error codes of the Pull API, each with its HTTP status. */
export const PULL_API_ERRORS = {
  unauthorized: 401,
  invalid_parameter: 400,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
} as const;
export type PullApiErrorCode = keyof typeof PULL_API_ERRORS;

/** A refusal the caller should read: answered as JSON `{ error: { code, message, parameter? } }`. */
export class PullApiError extends Error {
  constructor(
    public readonly code: PullApiErrorCode,
    message: string,
    public readonly parameter?: string,
  ) {
    super(message);
    this.name = "PullApiError";
  }

  get status(): number {
    return PULL_API_ERRORS[this.code];
  }
}

export function errorBody(error: PullApiError) {
  return { error: { code: error.code, message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) } };
}

/** The same answer for an order that does not exist and one of another tenant or customer. */
export const notFound = (what: "order" | "invoice") => new PullApiError("not_found", `No such ${what} for this customer.`);
