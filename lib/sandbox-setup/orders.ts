import { sandboxSpace } from "@/lib/sandbox/registry";

/** New orders in the tenant's sandbox shop, ready for shipping (status 5), with the demo lines. */
export function createSandboxOrders(space: string, count: number): number[] {
  return sandboxSpace(space).plentymarkets.control.createOrders(count).map((o) => o.id);
}

export interface SandboxShopOrder {
  id: number;
  status: string;
}

export interface SandboxWarehouseOrder {
  externalId: string;
  orderNumber: string;
  status: string;
  tracking: string[];
}

/** What the two sandbox systems hold right now, for the sandbox page. */
export function sandboxSnapshot(space: string): { shop: SandboxShopOrder[]; warehouse: SandboxWarehouseOrder[] } {
  const sims = sandboxSpace(space);
  const plenty = sims.plentymarkets.control;
  const shop = plenty.orderIds().map((id) => ({ id, status: String(plenty.statusOf(id)) }));
  const warehouse = sims.wemalo.control.orders().map((o) => ({
    externalId: o.externalId,
    orderNumber: o.orderNumber,
    status: o.statusName,
    tracking: o.parcels.map((p) => p.trackingNumber).filter(Boolean),
  }));
  return { shop: shop.reverse(), warehouse: warehouse.reverse() };
}

export type WarehouseCommand = "ship" | "advance" | "address-error" | "out-of-stock";

/** What the sandbox warehouse does on the merchant's click, through the simulator's control API. */
export function commandSandboxWarehouse(space: string, externalId: string, command: WarehouseCommand): void {
  const control = sandboxSpace(space).wemalo.control;
  if (!control.order(externalId)) throw new Error("no such order in the sandbox warehouse");
  if (command === "ship") control.ship(externalId);
  else if (command === "advance") control.advance(externalId);
  else if (command === "address-error") control.addressError(externalId);
  else control.outOfStock(externalId);
}
