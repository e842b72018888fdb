import { FTPError } from "basic-ftp";
import { PartnerError, type PartnerErrorKind, type PartnerErrorReason } from "@/lib/http/errors";

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN", "ENOTFOUND"]);

function classify(error: unknown): { kind: PartnerErrorKind; reason: PartnerErrorReason; text: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof FTPError) {
    if (error.code === 530) return { kind: "needs_merchant", reason: "credentials_rejected", text: "the file server refused the user name or password" };
    if (error.code >= 500) return { kind: "permanent", reason: "rejected", text: "the file server refused the request" };
    return { kind: "transient", reason: "server_error", text: "the file server could not do it right now" };
  }
  if (/authentication methods failed|login incorrect|authentication failed/i.test(message)) {
    return { kind: "needs_merchant", reason: "credentials_rejected", text: "the file server refused the user name, password or key" };
  }
  if (/host.*(verification|denied)|host key/i.test(message)) {
    return { kind: "needs_merchant", reason: "credentials_rejected", text: "the server's host key does not match the fingerprint you entered" };
  }
  if (/timed? ?out/i.test(message) || code === "ETIMEDOUT") return { kind: "transient", reason: "timeout", text: "the file server did not answer in time" };
  if ((typeof code === "string" && NETWORK_CODES.has(code)) || /ECONNREFUSED|ECONNRESET|ENOTFOUND|socket/i.test(message)) {
    return { kind: "transient", reason: "network", text: "the file server could not be reached" };
  }
  if (code === 3 || /permission denied/i.test(message)) return { kind: "needs_merchant", reason: "rejected", text: "the file server user may not do this (permission denied)" };
  return { kind: "transient", reason: "other", text: "file transfer failed" };
}

/** Turns a transport error into a PartnerError; the detail goes in the message, never a password. */
export function fileError(partner: string, operation: string, error: unknown): PartnerError {
  if (error instanceof PartnerError) return error;
  const { kind, reason, text } = classify(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new PartnerError({ kind, reason, partner, message: `${partner} ${operation}: ${text} (${detail.slice(0, 300)})`, cause: error });
}
