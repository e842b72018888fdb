import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Tx } from "@/db";
import { exceptions, type ExceptionKind } from "@/db/schema";

export interface RaiseException {
  linkId: string;
  orderId?: string | null;
  kind: ExceptionKind;
  message: string;
  detail?: Record<string, unknown>;
}

/**
 * Opens an exception, once: while one of the same kind is open for the order (or, without an
 * order, for the link) a second raise adds nothing. Returns true when a new one was opened.
 */
export async function raiseException(tx: Tx, tenantId: string, input: RaiseException): Promise<boolean> {
  const rows = await tx
    .insert(exceptions)
    .values({ tenantId, linkId: input.linkId, orderId: input.orderId ?? null, kind: input.kind, message: input.message, detail: input.detail ?? null })
    .onConflictDoNothing()
    .returning({ id: exceptions.id });
  return rows.length > 0;
}

/** Closes the open exceptions of an order (all, or of the given kinds), e.g. before a retry. */
export async function resolveOrderExceptions(tx: Tx, orderId: string, kinds?: ExceptionKind[]): Promise<number> {
  const rows = await tx
    .update(exceptions)
    .set({ status: "resolved", resolvedAt: new Date() })
    .where(and(eq(exceptions.orderId, orderId), eq(exceptions.status, "open"), kinds ? inArray(exceptions.kind, kinds) : undefined))
    .returning({ id: exceptions.id });
  return rows.length;
}

/** Closes a link-level exception (no order), e.g. credentials work again. */
export async function resolveLinkExceptions(tx: Tx, linkId: string, kinds: ExceptionKind[]): Promise<number> {
  const rows = await tx
    .update(exceptions)
    .set({ status: "resolved", resolvedAt: new Date() })
    .where(and(eq(exceptions.linkId, linkId), isNull(exceptions.orderId), eq(exceptions.status, "open"), inArray(exceptions.kind, kinds)))
    .returning({ id: exceptions.id });
  return rows.length;
}
