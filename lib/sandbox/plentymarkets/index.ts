export { createPlentymarketsSimulator, sandboxUser, sandboxPlentyId } from "./simulator";
export type { PlentymarketsSimulator, PlentymarketsSimulatorOptions } from "./simulator";
export type { PlentymarketsControl, OrderView, RequestLogEntry } from "./control";
export type { SimOrderInput, SimAddressInput, SimLineInput } from "./order-input";
export { demoBilling, demoDelivery, demoLines } from "./order-input";
export type { BackendUser } from "./tokens";
export type { RateLimitConfig } from "./rate-limits";
