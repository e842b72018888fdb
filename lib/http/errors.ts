/**
 * Every failure talking to a partner becomes a PartnerError with one of three kinds, which
 * decide what the engine does next:
 * - transient: try again later (timeout, network, 5xx, rate limit, budget, garbled body)
 * - permanent: retrying the same call will fail the same way; becomes an exception
 * - needs_merchant: a person must fix something (credentials, unknown SKU, bad address)
 */
export type PartnerErrorKind = "transient" | "permanent" | "needs_merchant";

export type PartnerErrorReason =
  | "timeout"
  | "network"
  | "server_error"
  | "rate_limited"
  | "budget_exhausted"
  | "malformed_response"
  | "credentials_rejected"
  | "not_found"
  | "conflict"
  | "rejected"
  | "unknown_sku"
  | "bad_address"
  | "unmapped"
  | "insufficient_stock"
  | "unsafe_url"
  | "unsupported"
  | "other";

export interface PartnerErrorInit {
  kind: PartnerErrorKind;
  reason: PartnerErrorReason;
  partner: string;
  message: string;
  status?: number;
  method?: string;
  /** Redacted URL. */
  url?: string;
  /** Redacted, truncated response body. */
  body?: string;
  /** When the partner said when to come back (Retry-After, Decay), in ms from when it was thrown. */
  retryAfterMs?: number;
  attempts?: number;
  cause?: unknown;
}

export class PartnerError extends Error {
  readonly kind: PartnerErrorKind;
  readonly reason: PartnerErrorReason;
  readonly partner: string;
  readonly status?: number;
  readonly method?: string;
  readonly url?: string;
  readonly body?: string;
  readonly retryAfterMs?: number;
  readonly attempts?: number;

  constructor(init: PartnerErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = "PartnerError";
    this.kind = init.kind;
    this.reason = init.reason;
    this.partner = init.partner;
    this.status = init.status;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = init.attempts;
  }

  get transient(): boolean {
    return this.kind === "transient";
  }

  /** A plain object for logs, step results and the exception row. */
  toJSON(): Omit<PartnerErrorInit, "cause"> & { name: string } {
    return {
      name: this.name,
      kind: this.kind,
      reason: this.reason,
      partner: this.partner,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      body: this.body,
      retryAfterMs: this.retryAfterMs,
      attempts: this.attempts,
    };
  }

  /** Same error, re-classified by connector code that understands the body (e.g. unknown SKU). */
  reclassify(kind: PartnerErrorKind, reason: PartnerErrorReason, message?: string): PartnerError {
    return new PartnerError({ ...this.toJSON(), kind, reason, message: message ?? this.message, cause: this });
  }
}

/**
 * Works across module copies and serialisation boundaries (Inngest's onFailure hands over plain
 * Errors), so it checks the shape rather than `instanceof`.
 */
export function isPartnerError(error: unknown): error is PartnerError {
  if (error instanceof PartnerError) return true;
  if (typeof error !== "object" || error === null) return false;
  const e = error as Record<string, unknown>;
  return e.name === "PartnerError" && typeof e.kind === "string" && typeof e.reason === "string";
}

export function needsMerchant(partner: string, reason: PartnerErrorReason, message: string): PartnerError {
  return new PartnerError({ kind: "needs_merchant", reason, partner, message });
}

export function permanentError(partner: string, reason: PartnerErrorReason, message: string): PartnerError {
  return new PartnerError({ kind: "permanent", reason, partner, message });
}

export function transientError(partner: string, reason: PartnerErrorReason, message: string, retryAfterMs?: number): PartnerError {
  return new PartnerError({ kind: "transient", reason, partner, message, retryAfterMs });
}

/** The default classification of an HTTP status the connector did not handle itself. */
export function classifyStatus(status: number): { kind: PartnerErrorKind; reason: PartnerErrorReason; text: string } {
  if (status === 401 || status === 403) return { kind: "needs_merchant", reason: "credentials_rejected", text: "credentials rejected" };
  if (status === 408) return { kind: "transient", reason: "timeout", text: "request timeout" };
  if (status === 429 || status === 419) return { kind: "transient", reason: "rate_limited", text: "rate limited" };
  if (status >= 500) return { kind: "transient", reason: "server_error", text: "server error" };
  if (status === 404 || status === 410) return { kind: "permanent", reason: "not_found", text: "not found" };
  if (status === 409) return { kind: "permanent", reason: "conflict", text: "conflict" };
  return { kind: "permanent", reason: "rejected", text: "request rejected" };
}
