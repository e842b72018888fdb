import { isPartnerError, PartnerError } from "@/lib/http/errors";
import { errorBody, type ErrorBody } from "./schemas";
import { PARTNER } from "./context";

/** wemalo's error body, or an empty one when the text is not such a body. */
export function readErrorBody(data: unknown): ErrorBody {
  const parsed = errorBody.safeParse(typeof data === "string" ? safeJson(data) : data);
  return parsed.success ? parsed.data : {};
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function describeError(body: ErrorBody): string {
  // The first non-blank words: wemalo may send an empty message with a typed error.
  const first = body.errors?.[0];
  return [first?.message, body.message].find((m) => m?.trim()) ?? "no reason given";
}

/**
 * The SKU named by a `NOT_FOUND extId` error [M1]. The field layout of wemalo's error body is
 * partly guessed, so the SKU is looked for in `value`, then in the message text.
 */
export function unknownSkuIn(body: ErrorBody, candidates: readonly string[]): string | undefined {
  const notFound = body.errors?.find((e) => e.type === "NOT_FOUND" && (e.field === "extId" || e.field === "externalId"));
  const messages = [notFound?.message, body.message].filter((m): m is string => typeof m === "string");
  if (!notFound && !messages.some((m) => /extId/i.test(m))) return undefined;
  if (typeof notFound?.value === "string" && notFound.value !== "") return notFound.value;
  for (const message of messages) {
    const named = candidates.find((sku) => message.includes(sku));
    if (named) return named;
  }
  return candidates.length === 1 ? candidates[0] : `(one of ${candidates.join(", ")})`;
}

/** A `missingParameter` error on the receiver means the merchant must fix the address [M1]. */
export function missingReceiverField(body: ErrorBody): string | undefined {
  const missing = body.errors?.find((e) => e.type === "missingParameter" && e.field?.startsWith("meta.receiver"));
  return missing?.field;
}

/** Adds wemalo's own explanation to a rejected key, so the merchant knows what to do. */
export function explainAuthFailure(error: unknown): unknown {
  if (!isPartnerError(error) || error.reason !== "credentials_rejected") return error;
  const said = readErrorBody(error.body).message;
  return error.reclassify(
    "needs_merchant",
    "credentials_rejected",
    `wemalo rejected the REST key${said ? ` (${said})` : ""}: create a new key for the shop user in wemalo-connect and enter it in the connection`,
  );
}

export function rejected(message: string, status?: number, body?: string): PartnerError {
  return new PartnerError({ kind: "permanent", reason: "rejected", partner: PARTNER, message, status, body });
}
