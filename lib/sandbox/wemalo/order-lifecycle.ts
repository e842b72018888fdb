import { CANCELLABLE, ORDER_STATUSES, dispatcherFor, type OrderStatusName, type PartialReason } from "./catalog";
import { partialReason, type ParsedOrder } from "./order-intake";
import type { GoodsOrder, Parcel, ShopState } from "./store";
import type { World } from "./world";

export function createOrder(world: World, shop: ShopState, parsed: ParsedOrder, received: unknown): GoodsOrder {
  const now = world.now();
  const reason = partialReason(parsed, shop, now);
  const order: GoodsOrder = {
    id: world.seq.take("order"),
    externalId: parsed.externalId,
    orderNumber: parsed.orderNumber,
    shop: shop.shop,
    meta: parsed.meta,
    receiver: parsed.receiver,
    dispatcherProfile: parsed.dispatcherProfile,
    positions: parsed.positions,
    statusName: reason ? "PARTIAL" : "OPEN",
    reasonPartiallyReserved: reason ?? "",
    blockReason: "",
    priority: parsed.priority,
    notes: [],
    createdAt: now,
    updatedAt: now,
    received,
  };
  shop.orders.push(order);
  shop.touchStock(order, now);
  return order;
}

/** Replaces meta and positions of an order wemalo has not started on (used by addConditional). */
export function replaceOrder(world: World, shop: ShopState, order: GoodsOrder, parsed: ParsedOrder, received: unknown): void {
  Object.assign(order, {
    orderNumber: parsed.orderNumber,
    meta: parsed.meta,
    receiver: parsed.receiver,
    dispatcherProfile: parsed.dispatcherProfile,
    positions: parsed.positions,
    priority: parsed.priority,
    received,
  });
  const reason = partialReason(parsed, shop, world.now(), order);
  setStatus(world, order, reason ? "PARTIAL" : "OPEN", { reason });
}

export function statusView(order: GoodsOrder): Record<string, unknown> {
  return {
    statusId: ORDER_STATUSES[order.statusName],
    statusName: order.statusName,
    reasonPartiallyReserved: order.reasonPartiallyReserved,
    blockReason: order.blockReason,
    id: order.id,
    orderNumber: order.orderNumber,
    deliveryDate: "",
  };
}

/** Moves an order and sends `status_update` with the fields wemalo's plugin reads [M1][M2]. */
export function setStatus(
  world: World,
  order: GoodsOrder,
  statusName: OrderStatusName,
  extra: { reason?: PartialReason; blockReason?: string } = {},
): void {
  const before = `${order.statusName}/${order.reasonPartiallyReserved}/${order.blockReason}`;
  order.statusName = statusName;
  order.reasonPartiallyReserved = statusName === "PARTIAL" ? (extra.reason ?? "UNKNOWN") : "";
  order.blockReason = statusName === "BLOCKEDPACKED" ? (extra.blockReason ?? "label error") : "";
  if (before === `${order.statusName}/${order.reasonPartiallyReserved}/${order.blockReason}`) return;
  order.updatedAt = world.now();
  world.shop(order.shop).touchStock(order, order.updatedAt);
  world.emit(order.shop, "status_update", {
    orderId: order.id,
    externalId: order.externalId,
    orderNumber: order.orderNumber,
    ...statusView(order),
  });
}

export type CancelOutcome = "cancelled" | "already" | "too-late";

export function cancelOrder(world: World, order: GoodsOrder, reason: string): CancelOutcome {
  if (order.statusName === "CANCELLED") return "already";
  if (!CANCELLABLE.has(order.statusName)) return "too-late";
  order.cancelReason = reason;
  setStatus(world, order, "CANCELLED");
  return "cancelled";
}

export interface ParcelSpec {
  trackingNumber?: string;
  /** Lines in this parcel by sku; all remaining quantities when left out. */
  lines?: Array<{ sku: string; quantity: number }>;
  weightGrams?: number;
}

/**
 * Packs, labels and hands over parcels: each parcel gets an id, a tracking number and one sent
 * booking per item (`orderStatusId` 500 once the order is sent completely [M1]); the order becomes
 * SHIPPED when nothing is left; stock goes down; `trackingnumber_added` fires per parcel [M1][M2].
 */
export function shipParcels(world: World, shop: ShopState, order: GoodsOrder, specs: ParcelSpec[]): Parcel[] {
  if (order.statusName === "CANCELLED" || order.statusName === "SHIPPED") throw new Error(`order ${order.externalId} is ${order.statusName}`);
  const plan = specs.map((spec) => {
    const lines = spec.lines ?? order.positions.map((p) => ({ sku: p.sku, quantity: p.quantity - p.shipped })).filter((l) => l.quantity > 0);
    return { spec, lines };
  });
  for (const { lines } of plan) {
    for (const line of lines) {
      const position = order.positions.find((p) => p.sku === line.sku && p.quantity - p.shipped >= line.quantity);
      if (!position || line.quantity < 1) throw new Error(`cannot ship ${line.quantity} × ${line.sku} of order ${order.externalId}`);
      position.shipped += line.quantity;
    }
  }
  const now = world.now();
  const dispatcher = dispatcherFor(order.dispatcherProfile, world.options.dispatchers);
  const complete = order.positions.every((p) => p.shipped >= p.quantity);
  const parcels = plan.map(({ spec, lines }) => {
    const id = world.seq.take("parcel");
    const parcel: Parcel = {
      id,
      orderId: order.id,
      barcode: id.toString(36).toUpperCase().padStart(7, "0"),
      trackingNumber: spec.trackingNumber ?? `22200011${String(id).padStart(7, "0")}`,
      profileName: dispatcher.profileName,
      carrier: dispatcher.carrier,
      items: lines.map((l) => {
        const position = order.positions.find((p) => p.sku === l.sku)!;
        return { sku: l.sku, name: position.name, quantity: l.quantity, externalPositionIdentifier: position.externalPositionIdentifier };
      }),
      weightTotal: spec.weightGrams ?? 1000,
      isHandedOver: true,
      handoverDate: now,
    };
    shop.parcels.push(parcel);
    for (const item of parcel.items) {
      const product = shop.productBySku(item.sku);
      if (product) {
        product.stock = Math.max(0, product.stock - item.quantity);
        product.updatedAt = now;
        product.stockChangedAt = now;
      }
      shop.sentBookings.push({
        historyId: world.seq.take("history"),
        packageId: parcel.id,
        goodsOrderId: order.id,
        orderStatusId: complete ? ORDER_STATUSES.SHIPPED : ORDER_STATUSES[order.statusName === "PARTIAL" || order.statusName === "OPEN" ? "INPROCESS" : order.statusName],
        productId: product?.id ?? 0,
        sku: item.sku,
        count: item.quantity,
        bookingDate: now,
        synched: false,
      });
    }
    return parcel;
  });
  if (complete) setStatus(world, order, "SHIPPED");
  else if (order.statusName === "PARTIAL" || order.statusName === "OPEN") setStatus(world, order, "INPROCESS");
  for (const parcel of parcels) {
    world.emit(order.shop, "trackingnumber_added", {
      goodsOrderId: order.id,
      goodsOrderParcelId: parcel.id,
      goodsOrderExternalId: order.externalId,
    });
  }
  return parcels;
}

/** After stock arrives, orders waiting for stock are reserved and become OPEN. */
export function reevaluateStock(world: World, shop: ShopState): void {
  for (const order of shop.orders) {
    if (order.statusName !== "PARTIAL" || order.reasonPartiallyReserved !== "STOCK") continue;
    const reason = partialReason(
      { externalId: order.externalId, orderNumber: order.orderNumber, meta: order.meta, receiver: order.receiver, priority: order.priority, positions: order.positions },
      shop,
      world.now(),
      order,
    );
    if (!reason) setStatus(world, order, "OPEN");
  }
}
