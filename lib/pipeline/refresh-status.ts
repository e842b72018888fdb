import { and, asc, eq, inArray } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { applyWarehouseChanges, type ApplyChangesResult } from "./apply-changes";
import { loadLink } from "./links";
import { openWarehouse } from "./open-link";
import { refOf } from "./order-rows";
import { openOrderStatuses } from "./order-status";

/**
 * Asks the warehouse about each open order of a link (least recently updated first). For
 * warehouses whose change feed carries only shipments (wemalo: picking and holds come by webhook
 * or by asking), this is how picking, address and stock holds are seen without webhooks.
 */
export async function refreshOpenOrders(tenantId: string, linkId: string, options: { limit?: number } = {}): Promise<ApplyChangesResult & { asked: number }> {
  const link = await withTenant(tenantId, (tx) => loadLink(tx, linkId));
  const empty = { statusChanges: 0, newShipments: [], unmatched: 0, exceptions: 0, asked: 0 };
  if (link.status !== "active") return empty;
  const warehouse = await openWarehouse(tenantId, link);
  const getStatus = warehouse.ops.getOrderStatus;
  if (!getStatus) return empty;
  const open = await withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(orders)
      .where(and(eq(orders.linkId, linkId), inArray(orders.status, [...openOrderStatuses, "exception"])))
      .orderBy(asc(orders.updatedAt))
      .limit(options.limit ?? 100),
  );
  const changes = [];
  for (const order of open) {
    if (!order.warehouseRef) continue;
    const change = await getStatus(warehouse.context, { order: refOf(order) });
    if (change) changes.push({ ...change, order: { ...change.order, orderNumber: order.orderNumber } });
  }
  const applied = await applyWarehouseChanges(tenantId, linkId, changes);
  return { ...applied, asked: open.filter((o) => o.warehouseRef).length };
}
