import type { OrderRef, StatusChange } from "@/lib/orders";
import * as api from "./api";
import type { WemaloContext } from "./context";
import { mapWemaloStatus } from "./status-map";

/** The current wemalo status of one order (`GET /goodsOrder/getStatus/:externalId` [M1]); null when unknown. */
export async function getOrderStatus(ctx: WemaloContext, input: { order: OrderRef }): Promise<StatusChange | null> {
  const current = await api.getStatus(ctx, input.order.orderNumber);
  if (!current) return null;
  const mapped = mapWemaloStatus(current.statusName, current.reasonPartiallyReserved, current.blockReason);
  const change: StatusChange = {
    order: { ...input.order, warehouseRef: current.id === undefined ? input.order.warehouseRef : String(current.id) },
    status: mapped.status,
    partnerStatus: { code: current.statusId ?? current.statusName, label: current.statusName },
    occurredAt: ctx.now().toISOString(),
  };
  if (mapped.reason) change.reason = mapped.reason;
  return change;
}
