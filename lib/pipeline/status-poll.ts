import { withTenant } from "@/db";
import { applyWarehouseChanges, type ApplyChangesResult } from "./apply-changes";
import { readCursor, saveCursor } from "./cursors";
import { handleLinkFailure } from "./link-failure";
import { loadLink } from "./links";
import { openWarehouse } from "./open-link";
import { markSourceShippedSent } from "./source-sent";
import { pullSourceShipments } from "./source-shipments";

export interface StatusPollResult extends ApplyChangesResult {
  pages: number;
  cursor: string | null;
  outcome: "done" | "paused" | "exception";
}

/**
 * Warehouse changes since the link's cursor → status changes and shipments stored once →
 * shipment.created. The cursor moves only after a page is applied: a crash re-reads that page,
 * and applying it again changes nothing.
 */
export async function pollWarehouseChanges(tenantId: string, linkId: string, options: { pageSize?: number; maxPages?: number } = {}): Promise<StatusPollResult> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const result: StatusPollResult = { statusChanges: 0, newShipments: [], unmatched: 0, exceptions: 0, pages: 0, cursor: null, outcome: "done" };
  if (link.status !== "active") return { ...result, outcome: "paused" };
  const warehouse = await openWarehouse(tenantId, link);
  let cursor = await withTenant(tenantId, (tx) => readCursor(tx, linkId, "status"));
  for (let page = 0; page < (options.maxPages ?? 20); page++) {
    let listed;
    try {
      listed = await warehouse.ops.listChanges(warehouse.context, { cursor, limit: options.pageSize ?? 100 });
    } catch (error) {
      if (await handleLinkFailure(tenantId, link, "status poll", error)) return { ...result, cursor, outcome: "exception" };
      throw error;
    }
    result.pages += 1;
    const applied = await applyWarehouseChanges(tenantId, linkId, listed.items);
    result.statusChanges += applied.statusChanges;
    result.newShipments.push(...applied.newShipments);
    result.unmatched += applied.unmatched;
    result.exceptions += applied.exceptions;
    cursor = listed.nextCursor;
    await withTenant(tenantId, (tx) => saveCursor(tx, tenantId, linkId, "status", cursor));
    if (!listed.hasMore) break;
  }
  result.cursor = cursor;
  // A source that ships itself (Webshipper → Rackbeat): its shipments, recorded at the other side.
  const fromSource = await pullSourceShipments(tenantId, link);
  result.statusChanges += fromSource.statusChanges;
  result.newShipments.push(...fromSource.newShipments);
  result.exceptions += fromSource.exceptions;
  if (fromSource.outcome === "exception") result.outcome = "exception";
  // A source where the merchant may ship too (Rackbeat → Webshipper): mark those orders sent at the
  // warehouse. After the warehouse's own changes, so what it shipped itself is settled first.
  const sentAtSource = await markSourceShippedSent(tenantId, link);
  result.statusChanges += sentAtSource.marked.length;
  result.exceptions += sentAtSource.exceptions;
  if (sentAtSource.outcome === "exception") result.outcome = "exception";
  return result;
}
