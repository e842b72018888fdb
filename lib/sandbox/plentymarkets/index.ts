export { createPlentymarketsSimulator, sandboxUser, sandboxPlentyId } from "./simulator";
export type { PlentymarketsSimulator, PlentymarketsSimulatorOptions } from "./simulator";
export type { PlentymarketsControl, RequestLogEntry } from "./control";
export type { OrderView } from "./order-view";
export type { SimOrderInput, SimAddressInput, SimLineInput } from "./order-input";
export { demoBilling, demoDelivery, demoLines } from "./order-input";
export type { BackendUser } from "./tokens";
export type { RateLimitConfig } from "./rate-limits";
