import { count, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { withTenant } from "@/db";
import { connections, exceptions, links, orders, type Link } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { enqueue } from "@/lib/outbox/enqueue";
import { CONNECTION_WEBHOOKS_REMOVE } from "@/lib/webhooks/events";

export interface LinkSummary {
  id: string;
  name: string;
  status: Link["status"];
  sourceConnectionId: string;
  sourceLabel: string;
  sourceConnectorId: string;
  warehouseConnectionId: string;
  warehouseLabel: string;
  warehouseConnectorId: string;
  createdAt: Date;
}

/** The tenant's links, with the names of the two connections each joins. */
export async function listLinks(tenantId: string): Promise<LinkSummary[]> {
  const source = alias(connections, "source");
  const warehouse = alias(connections, "warehouse");
  return withTenant(tenantId, (tx) =>
    tx
      .select({
        id: links.id,
        name: links.name,
        status: links.status,
        sourceConnectionId: links.sourceConnectionId,
        warehouseConnectionId: links.warehouseConnectionId,
        sourceLabel: source.label,
        sourceConnectorId: source.connectorId,
        warehouseLabel: warehouse.label,
        warehouseConnectorId: warehouse.connectorId,
        createdAt: links.createdAt,
      })
      .from(links)
      .innerJoin(source, eq(source.id, links.sourceConnectionId))
      .innerJoin(warehouse, eq(warehouse.id, links.warehouseConnectionId))
      .orderBy(desc(links.createdAt)),
  );
}

export async function findLink(tenantId: string, linkId: string): Promise<LinkSummary | null> {
  if (!/^[0-9a-f-]{36}$/i.test(linkId)) return null;
  return (await listLinks(tenantId)).find((l) => l.id === linkId) ?? null;
}

/** How many orders and open exceptions a link has, for the page and the delete warning. */
export async function linkCounts(tenantId: string, linkId: string): Promise<{ orders: number; openExceptions: number }> {
  return withTenant(tenantId, async (tx) => {
    const [o] = await tx.select({ n: count() }).from(orders).where(eq(orders.linkId, linkId));
    const open = await tx.select({ status: exceptions.status }).from(exceptions).where(eq(exceptions.linkId, linkId));
    return { orders: o?.n ?? 0, openExceptions: open.filter((e) => e.status === "open").length };
  });
}

/**
 * Deletes a link with its orders' history in Lagerbro. The connections stay; orders already at
 * the warehouse stay there.
 */
export async function deleteLink(tenantId: string, linkId: string, actorUserId?: string): Promise<void> {
  const deleted = await withTenant(tenantId, async (tx) => {
    const rows = await tx.delete(links).where(eq(links.id, linkId)).returning();
    for (const link of rows) {
      await recordAudit(tx, tenantId, { actorUserId, action: "link.deleted", target: { type: "link", id: link.id }, details: { name: link.name } });
    }
    // Our webhooks at the partners go too, once no other link uses the connection (lib/webhooks/register.ts).
    for (const connectionId of new Set(rows.flatMap((l) => [l.sourceConnectionId, l.warehouseConnectionId]))) {
      await enqueue(tx, tenantId, { name: CONNECTION_WEBHOOKS_REMOVE, data: { tenantId, connectionId }, key: `link.deleted:${linkId}:${connectionId}:webhooks` });
    }
    return rows;
  });
  if (deleted.length === 0) throw new UserError("That link does not exist.");
}
