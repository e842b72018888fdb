import { and, eq } from "drizzle-orm";
import { withSystem, withTenant, type Tx } from "@/db";
import { connections, defaultLinkMappings, defaultLinkSettings, links, type Link, type LinkMappings, type LinkSettings } from "@/db/schema";
import { getConnector } from "@/lib/connectors";
import { changedKeys, recordAudit } from "@/lib/audit/record";
import { UserError } from "@/lib/errors/user-error";
import { flowSettingsForNewLink } from "./link-flow";

export interface CreateLinkInput {
  name: string;
  sourceConnectionId: string;
  warehouseConnectionId: string;
  mappings?: Partial<LinkMappings>;
  settings?: Partial<LinkSettings>;
}

async function connectorOf(tx: Tx, connectionId: string) {
  const [row] = await tx.select({ connectorId: connections.connectorId }).from(connections).where(eq(connections.id, connectionId));
  if (!row) throw new UserError("That connection does not exist.");
  return getConnector(row.connectorId);
}

/** Connects one source to one warehouse; each connection must be able to play its side. */
export async function createLink(tenantId: string, input: CreateLinkInput, actorUserId?: string): Promise<Link> {
  return withTenant(tenantId, async (tx) => {
    const source = await connectorOf(tx, input.sourceConnectionId);
    const warehouse = await connectorOf(tx, input.warehouseConnectionId);
    if (!source.source) throw new UserError(`${source.label} cannot be the source of orders.`, "sourceConnectionId");
    if (!warehouse.warehouse) throw new UserError(`${warehouse.label} is not a warehouse.`, "warehouseConnectionId");
    const flow = await flowSettingsForNewLink(tx, input, source, warehouse);
    const [row] = await tx
      .insert(links)
      .values({
        tenantId,
        name: input.name,
        sourceConnectionId: input.sourceConnectionId,
        warehouseConnectionId: input.warehouseConnectionId,
        mappings: { ...defaultLinkMappings, ...input.mappings },
        settings: { ...defaultLinkSettings, ...input.settings, ...flow },
      })
      .returning();
    await recordAudit(tx, tenantId, { actorUserId, action: "link.created", target: { type: "link", id: row!.id }, details: { name: row!.name, source: source.id, warehouse: warehouse.id } });
    return row!;
  });
}

export async function loadLink(tx: Tx, linkId: string): Promise<Link> {
  const [row] = await tx.select().from(links).where(eq(links.id, linkId));
  if (!row) throw new Error(`link ${linkId} not found for this tenant`);
  return row;
}

export async function getLink(tenantId: string, linkId: string): Promise<Link> {
  return withTenant(tenantId, (tx) => loadLink(tx, linkId));
}

export async function updateLinkMappings(tenantId: string, linkId: string, mappings: Partial<LinkMappings>, actorUserId?: string): Promise<Link> {
  return withTenant(tenantId, async (tx) => {
    const link = await loadLink(tx, linkId);
    const [row] = await tx.update(links).set({ mappings: { ...link.mappings, ...mappings }, updatedAt: new Date() }).where(eq(links.id, linkId)).returning();
    const changed = changedKeys(link.mappings as unknown as Record<string, unknown>, row!.mappings as unknown as Record<string, unknown>);
    if (changed.length > 0) {
      await recordAudit(tx, tenantId, { actorUserId, action: "link.mappings_changed", target: { type: "link", id: linkId }, details: { name: link.name, mappings: changed } });
    }
    return row!;
  });
}

/** Pause or resume: a paused link takes no new orders and sends nothing. */
export async function setLinkStatus(tenantId: string, linkId: string, status: Link["status"]): Promise<void> {
  await withTenant(tenantId, (tx) => tx.update(links).set({ status, updatedAt: new Date() }).where(eq(links.id, linkId)));
}

export interface ActiveLink {
  tenantId: string;
  linkId: string;
  scheduleMinutes: number;
}

/** For the cron fan-out: every active link of every tenant. */
export async function listActiveLinks(): Promise<ActiveLink[]> {
  const rows = await withSystem((tx) =>
    tx.select({ tenantId: links.tenantId, linkId: links.id, settings: links.settings }).from(links).where(and(eq(links.status, "active"))),
  );
  return rows.map((r) => ({ tenantId: r.tenantId, linkId: r.linkId, scheduleMinutes: r.settings.scheduleMinutes }));
}
