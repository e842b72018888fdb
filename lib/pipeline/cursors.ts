import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { syncCursors, type SyncKind } from "@/db/schema";

export async function readCursor(tx: Tx, linkId: string, kind: SyncKind): Promise<string | null> {
  const [row] = await tx.select({ cursor: syncCursors.cursor }).from(syncCursors).where(and(eq(syncCursors.linkId, linkId), eq(syncCursors.kind, kind)));
  return row?.cursor ?? null;
}

/** Stores where a poll left off, in the transaction that stored what it found. */
export async function saveCursor(tx: Tx, tenantId: string, linkId: string, kind: SyncKind, cursor: string | null): Promise<void> {
  await tx
    .insert(syncCursors)
    .values({ tenantId, linkId, kind, cursor, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [syncCursors.linkId, syncCursors.kind], set: { cursor, updatedAt: new Date() } });
}
