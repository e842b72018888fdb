import { withTenant } from "@/db";
import type { Link } from "@/db/schema";
import { isPartnerError } from "@/lib/http/errors";
import { errorSummary, exceptionKindOf } from "./errors";
import { raiseException } from "./exceptions";

/**
 * A poll of a whole link failed. Transient: returns false and the caller rethrows for a retry.
 * Otherwise (credentials rejected, a refusal) one link-level exception is opened and true returned:
 * retrying will not help until someone fixes it.
 */
export async function handleLinkFailure(tenantId: string, link: Link, job: string, error: unknown): Promise<boolean> {
  if (!isPartnerError(error) || error.kind === "transient") return false;
  const kind = exceptionKindOf(error);
  const message =
    kind === "credentials_rejected"
      ? `${error.partner} rejected the stored credentials (${job}). Update them on the connection.`
      : `${job} failed at ${error.partner}: ${error.message}`;
  await withTenant(tenantId, (tx) => raiseException(tx, tenantId, { linkId: link.id, kind, message, detail: { job, error: errorSummary(error) } }));
  return true;
}
