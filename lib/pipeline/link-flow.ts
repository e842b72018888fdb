import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db";
import { connections, links, type LinkSettings } from "@/db/schema";
import { describeCredentials, getConnector, type AnyConnector } from "@/lib/connectors";
import { UserError } from "@/lib/errors/user-error";

/**
 * Direction and trigger of a link (seed 002). Rackbeat and Webshipper can each be the source or
 * the other side, but "data cannot be synchronised both ways at the same time": a pair of such
 * systems gets one direction, and a link the other way round is refused. Where the source offers
 * the choice (its settings have a `trigger`), the link says when an order is handed over.
 */
export const LINK_TRIGGERS = ["order_created", "shipment_created"] as const;
export type LinkTrigger = (typeof LINK_TRIGGERS)[number];

export const linkTriggerSchema = z.enum(LINK_TRIGGERS, { message: "Choose when orders are handed over: when an order is created, or when a shipment is created." });

const flowSettingsSchema = z.object({
  trigger: linkTriggerSchema.optional(),
  direction: z.string().regex(/^[a-z0-9-]+_to_[a-z0-9-]+$/, { message: "The direction names the source and the receiving system." }).optional(),
});

/** Whether the source lets the merchant choose when orders are handed over (Rackbeat, Webshipper). */
export function takesTrigger(source: AnyConnector): boolean {
  return source.settingsSchema ? describeCredentials(source.settingsSchema).some((f) => f.key === "trigger") : false;
}

/** Both systems can play either side, so the link has a direction that must be chosen. */
export function isTwoWayPair(source: AnyConnector, warehouse: AnyConnector): boolean {
  return source.side === "both" && warehouse.side === "both";
}

export function directionOf(sourceConnectorId: string, warehouseConnectorId: string): NonNullable<LinkSettings["direction"]> {
  return `${sourceConnectorId}_to_${warehouseConnectorId}`;
}

/** The link's trigger, with the default a link stored before it had: "order created". */
export function triggerOf(settings: Partial<LinkSettings> | null | undefined): LinkTrigger {
  const parsed = linkTriggerSchema.safeParse(settings?.trigger);
  return parsed.success ? parsed.data : "order_created";
}

/** The same account at the partner, even behind two connections (the wizard makes a new one per setup). */
function accountKey(row: { id: string; connectorId: string; discovered: Record<string, unknown> | null }): string {
  const account = row.discovered?.account as { id?: unknown } | undefined;
  return `${row.connectorId}:${account?.id !== undefined ? String(account.id) : row.id}`;
}

/**
 * The direction and trigger a new link stores, checked: a trigger only where the source offers
 * one; for a two-way pair, the direction its sides give (a conflicting one is refused) and no
 * link already running between the same two accounts the other way.
 */
export async function flowSettingsForNewLink(
  tx: Tx,
  input: { sourceConnectionId: string; warehouseConnectionId: string; settings?: Partial<LinkSettings> },
  source: AnyConnector,
  warehouse: AnyConnector,
): Promise<Pick<LinkSettings, "direction" | "trigger">> {
  const parsed = flowSettingsSchema.safeParse({ trigger: input.settings?.trigger, direction: input.settings?.direction });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, String(issue.path[0] ?? "settings"));
  }
  const result: Pick<LinkSettings, "direction" | "trigger"> = {};
  if (takesTrigger(source)) {
    // Unless the link says, the source connection's own setting, else "order created".
    const [row] = await tx.select({ settings: connections.settings }).from(connections).where(eq(connections.id, input.sourceConnectionId));
    result.trigger = parsed.data.trigger ?? triggerOf(row?.settings as Partial<LinkSettings> | undefined);
  }
  else if (parsed.data.trigger) throw new UserError(`${source.label} hands orders over as they come; it offers no choice of trigger.`, "trigger");
  if (!isTwoWayPair(source, warehouse)) return result;

  const direction = directionOf(source.id, warehouse.id);
  if (parsed.data.direction && parsed.data.direction !== direction) {
    throw new UserError(`This link runs ${source.label} → ${warehouse.label}; choose that direction, or swap the two systems.`, "direction");
  }
  result.direction = direction;

  const rows = await tx
    .select({ id: connections.id, connectorId: connections.connectorId, discovered: connections.discovered })
    .from(connections)
    .where(inArray(connections.connectorId, [source.id, warehouse.id]));
  const keyOf = new Map(rows.map((r) => [r.id, accountKey(r)]));
  const mine = { source: keyOf.get(input.sourceConnectionId), warehouse: keyOf.get(input.warehouseConnectionId) };
  const reverse = await tx
    .select({ name: links.name, sourceConnectionId: links.sourceConnectionId, warehouseConnectionId: links.warehouseConnectionId })
    .from(links)
    .where(inArray(links.sourceConnectionId, rows.filter((r) => r.connectorId === warehouse.id).map((r) => r.id)));
  const clash = reverse.find((l) => keyOf.get(l.sourceConnectionId) === mine.warehouse && keyOf.get(l.warehouseConnectionId) === mine.source);
  if (clash) {
    throw new UserError(
      `Link "${clash.name}" already syncs ${warehouse.label} → ${source.label}. Data syncs one way only between the two: delete that link first, or keep its direction.`,
      "direction",
    );
  }
  return result;
}

export async function connectorOfConnection(tx: Tx, connectionId: string): Promise<AnyConnector | undefined> {
  const [row] = await tx.select({ connectorId: connections.connectorId }).from(connections).where(eq(connections.id, connectionId));
  return row ? getConnector(row.connectorId) : undefined;
}
