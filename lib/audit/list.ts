import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { auditEvents, users, type AuditDetails } from "@/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/orders-query/cursor";

export interface AuditListItem {
  id: string;
  at: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  details: AuditDetails;
  actor: { name: string | null; email: string } | null;
}

export interface AuditPage {
  items: AuditListItem[];
  /** Where the next (older) page starts; absent on the last page. */
  next?: string;
}

export const AUDIT_PAGE_SIZE = 50;

/** The tenant's audit log, newest first, one keyset page at a time. */
export async function listAuditEvents(tenantId: string, options: { after?: string; limit?: number } = {}): Promise<AuditPage> {
  const limit = Math.min(Math.max(options.limit ?? AUDIT_PAGE_SIZE, 1), 200);
  const cursor = decodeCursor(options.after);
  const rows = await withTenant(tenantId, (tx) =>
    tx
      .select({
        id: auditEvents.id,
        at: auditEvents.createdAt,
        // As Postgres prints it, so the cursor keeps the microseconds a Date would lose.
        atText: sql<string>`${auditEvents.createdAt}::text`,
        action: auditEvents.action,
        targetType: auditEvents.targetType,
        targetId: auditEvents.targetId,
        details: auditEvents.details,
        actorName: users.name,
        actorEmail: users.email,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(
        and(
          eq(auditEvents.tenantId, tenantId),
          cursor
            ? or(lt(auditEvents.createdAt, sql`${cursor.at}::timestamptz`), and(eq(auditEvents.createdAt, sql`${cursor.at}::timestamptz`), lt(auditEvents.id, cursor.id)))
            : undefined,
        ),
      )
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      details: r.details,
      actor: r.actorEmail ? { name: r.actorName, email: r.actorEmail } : null,
    })),
    ...(rows.length > limit && last ? { next: encodeCursor({ at: last.atText, id: last.id }) } : {}),
  };
}
