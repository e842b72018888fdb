import { webhookTimestamp } from "./facts";
import type { OngoingStore, StoredOrder } from "./store";

export interface WebhookOptions {
  /** The instance name Ongoing puts in `system`. */
  system?: string;
  webhookTemplate?: string;
}

/**
 * The order webhook's JSON body, field for field from [S12] (newest page version, with
 * `tracking` and `parcels`). Ongoing sends it on "order is picked", "order status is changed"
 * and "order is created" [S12]; the simulator only builds it, the caller posts it.
 */
export function orderWebhookPayload(store: OngoingStore, order: StoredOrder, options: WebhookOptions = {}) {
  const owner = store.goodsOwners.get(order.goodsOwnerId);
  const id = store.nextId("webhook");
  return {
    webhookOrdersId: id,
    webhookEventId: id,
    system: options.system ?? "sandbox",
    timestamp: webhookTimestamp(store.now()),
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    goodsOwnerId: order.goodsOwnerId,
    path: `/orders/${order.orderId}`,
    byUser: { userId: 1 },
    byComputer: { computerId: 1, computerName: "SANDBOX-PC" },
    orderStatus: { number: order.statusNumber },
    currentShipmentId: null,
    webhookTemplate: options.webhookTemplate ?? "Order status changed",
    goodsOwnerName: owner?.name ?? "",
    goodsOwnerClasses: [],
    tracking: order.tracking.map((t) => ({ trackingUrl: t.trackingUrl ?? "", waybill: t.waybill, isReturn: t.isReturn })),
    parcels: order.parcels.map((p) => ({
      id: p.id,
      parcelNumber: p.parcelNumber,
      isReturnParcel: p.isReturnParcel,
      tracking: { trackingUrl: p.trackingUrl ?? "" },
    })),
  };
}

export type OrderWebhookPayload = ReturnType<typeof orderWebhookPayload>;
