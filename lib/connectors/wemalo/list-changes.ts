import type { StatusChange } from "@/lib/orders";
import type { CursorInput, Page } from "../types";
import * as api from "./api";
import type { WemaloContext } from "./context";
import { bookingSeconds, groupShipments } from "./shipments";
import { readWindow } from "./window-cursor";
import { mapWemaloStatus } from "./status-map";

/**
 * Shipments since the cursor, from `GET /goodsOrder/sentPackages` by time window [M1]. wemalo has
 * no feed of other status changes: those arrive by the `status_update` webhook or getOrderStatus.
 * That feed does not say whether an order is complete, so each order in it is asked once
 * (`getStatus`): only the order's latest shipment can be the completing one.
 */
export async function listChanges(ctx: WemaloContext, input: CursorInput): Promise<Page<StatusChange>> {
  const read = await readWindow({
    cursor: input.cursor,
    now: ctx.now(),
    limit: input.limit ?? 500,
    fetchPage: async (window) => {
      const page = await api.sentPackages(ctx, window);
      return { rows: page.bookings, additionalPage: page.additionalPage };
    },
    idOf: (b) => String(b.historyId),
    secondsOf: bookingSeconds,
  });

  const shipments = groupShipments(read.rows).sort((a, b) => a.shipment.shippedAt.localeCompare(b.shipment.shippedAt));
  const latest = new Map<string, string>();
  for (const s of shipments) latest.set(s.orderNumber, s.shipment.shipmentRef);
  const statuses = new Map<string, Awaited<ReturnType<typeof api.getStatus>>>();
  for (const orderNumber of latest.keys()) statuses.set(orderNumber, await api.getStatus(ctx, orderNumber));

  const items = shipments.map(({ orderNumber, goodsOrderId, shipment }): StatusChange => {
    const current = statuses.get(orderNumber);
    const complete = current?.statusName === "SHIPPED" && latest.get(orderNumber) === shipment.shipmentRef;
    const change: StatusChange = {
      order: { orderNumber, warehouseRef: String(goodsOrderId) },
      status: complete ? "shipped" : "partially_shipped",
      partnerStatus: { code: current?.statusId ?? "", label: current?.statusName },
      occurredAt: shipment.shippedAt,
      shipment: { ...shipment, complete },
    };
    if (current && !complete && current.statusName !== "SHIPPED") {
      const mapped = mapWemaloStatus(current.statusName, current.reasonPartiallyReserved, current.blockReason);
      if (mapped.reason) change.reason = mapped.reason;
    }
    return change;
  });
  return { items, nextCursor: read.nextCursor, hasMore: read.hasMore };
}
