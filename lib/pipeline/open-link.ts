import type { Link, LinkMappings } from "@/db/schema";
import { openConnection, type OpenConnection } from "@/lib/connections/open";
import type { SourceOperations, WarehouseOperations } from "@/lib/connectors";

export interface SourceSide extends OpenConnection {
  ops: SourceOperations<unknown, unknown>;
}
export interface WarehouseSide extends OpenConnection {
  ops: WarehouseOperations<unknown, unknown>;
}

/**
 * The link's status mappings, in the names of the source connection's settings (plentymarkets).
 * A status the link leaves out keeps the connection's own setting.
 */
export function sourceSettingOverrides(mappings: LinkMappings): Record<string, unknown> {
  const pairs: Array<[string, unknown]> = [
    ["readyStatus", mappings.readyStatus],
    ["acknowledgedStatus", mappings.handoverStatus],
    ["shippedStatus", mappings.shippedStatus],
    ["partiallyShippedStatus", mappings.partiallyShippedStatus],
    ["addressProblemStatus", mappings.addressErrorStatus],
    ["stockProblemStatus", mappings.stockErrorStatus],
    ["otherProblemStatus", mappings.otherErrorStatus],
    ["cancelledStatuses", mappings.cancelStatuses?.length ? mappings.cancelStatuses : undefined],
    ["cancellationHandledStatus", mappings.cancelHandledStatus],
    ["cancellationTooLateStatus", mappings.cancelTooLateStatus],
    ["returnStatus", mappings.returnStatus],
    ["returnHandledStatus", mappings.returnHandledStatus],
  ];
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined && v !== ""));
}

export async function openSource(tenantId: string, link: Link): Promise<SourceSide> {
  const opened = await openConnection(tenantId, link.sourceConnectionId);
  const ops = opened.connector.source;
  if (!ops) throw new Error(`connector ${opened.connector.id} has no source operations`);
  // The link's trigger (seed 002) wins over the connection's own setting.
  const settings = { ...(opened.context.settings as Record<string, unknown>), ...sourceSettingOverrides(link.mappings), ...(link.settings.trigger ? { trigger: link.settings.trigger } : {}) };
  return { ...opened, context: { ...opened.context, settings }, ops };
}

export async function openWarehouse(tenantId: string, link: Link): Promise<WarehouseSide> {
  const opened = await openConnection(tenantId, link.warehouseConnectionId);
  const ops = opened.connector.warehouse;
  if (!ops) throw new Error(`connector ${opened.connector.id} has no warehouse operations`);
  return { ...opened, ops };
}
