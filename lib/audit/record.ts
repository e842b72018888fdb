import type { Tx } from "@/db";
import { auditEvents, type AuditDetails } from "@/db/schema";
import type { AuditAction } from "./actions";

export interface AuditEntry {
  /** The signed-in person who made the change; null or undefined for background work. */
  actorUserId: string | null | undefined;
  action: AuditAction;
  target: { type: "connection" | "link" | "member" | "invitation" | "api_key" | "team"; id: string };
  /** Names and non-secret facts only ("which fields changed"), never a credential's value. */
  details?: AuditDetails;
}

// A detail named like a secret is a programming mistake: refuse it rather than store it.
const SECRET_KEY = /password|secret|token|credential|apikey|api_key|ciphertext/i;

/** Writes one audit row inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, tenantId: string, entry: AuditEntry): Promise<void> {
  const details = entry.details ?? {};
  const secretKey = Object.keys(details).find((k) => SECRET_KEY.test(k));
  if (secretKey) throw new Error(`audit details may not carry "${secretKey}"`);
  await tx.insert(auditEvents).values({
    tenantId,
    actorUserId: entry.actorUserId ?? null,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id,
    details,
  });
}

/** The keys whose values differ between two objects (for "which fields changed"). */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
