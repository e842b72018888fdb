export { createWemaloSimulator, SANDBOX_WEMALO_SHOP, SANDBOX_WEMALO_TOKEN } from "./simulator";
export type { WemaloSimulator, WemaloSimulatorOptions } from "./simulator";
export type { WemaloControl, OrderSnapshot, ProductInput } from "./control";
export type { ParcelSpec } from "./order-lifecycle";
export type { WebhookDelivery } from "./world";
export type { DeliveryResult } from "./webhook-delivery";
export { ORDER_STATUSES, DEFAULT_DISPATCHERS, type OrderStatusName } from "./catalog";
