import type { OrderStatusName } from "./catalog";
import { setStatus, shipParcels } from "./order-lifecycle";
import type { GoodsOrder, ShopState } from "./store";
import type { World } from "./world";

const NEXT: Partial<Record<OrderStatusName, OrderStatusName>> = {
  OPEN: "INPROCESS",
  INPROCESS: "INPICKING",
  INPICKING: "READYFORSHIPMENT",
  READYFORSHIPMENT: "PACKED",
};

/**
 * Moves an order one step along wemalo's happy path: OPEN → INPROCESS → INPICKING →
 * READYFORSHIPMENT → PACKED → SHIPPED (the rest in one parcel). PARTIAL, BLOCKEDPACKED and the
 * end states wait for a person. Returns false when the order cannot move.
 */
export function stepOrder(world: World, shop: ShopState, order: GoodsOrder): boolean {
  const next = NEXT[order.statusName];
  if (next) {
    setStatus(world, order, next);
    return true;
  }
  if (order.statusName === "PACKED") {
    shipParcels(world, shop, order, [{}]);
    return true;
  }
  return false;
}

/** Lets orders move on by themselves: one step per `stepMs` since their last change. */
export function advanceByTime(world: World, stepMs: number): void {
  const now = world.now().getTime();
  for (const name of world.shopNames()) {
    const shop = world.shop(name);
    for (const order of shop.orders) {
      while (now - order.updatedAt.getTime() >= stepMs) {
        const due = new Date(order.updatedAt.getTime() + stepMs);
        if (!stepOrder(world, shop, order)) break;
        order.updatedAt = due;
      }
    }
  }
}
