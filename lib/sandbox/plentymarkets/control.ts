import type { FaultInjector, FaultSwitches } from "../faults";
import type { SimContext } from "./context";
import type { SimOrderInput } from "./order-input";
import { renderOrder, type OrderView } from "./order-view";
import { createOrder, requireOrder, setStatus } from "./orders";
import type { SimStatus, SimVariation } from "./reference-data";
import { stockKey } from "./routes/stock";
import type { StockCorrection, StoredPackage, StoredStatusHistoryEntry } from "./state";
import type { BackendUser } from "./tokens";

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  at: Date;
}

const allRelations = new Set(["addresses", "relations", "shippingPackages", "orderItems.variation"]);

/** What tests and the sandbox UI can do to the simulated plentymarkets system. */
export interface PlentymarketsControl {
  /** New order, status 5 unless given, demo lines and non-ASCII addresses unless given. */
  createOrder(input?: SimOrderInput): OrderView;
  createOrders(count: number, input?: SimOrderInput): OrderView[];
  /** As the merchant does in the back end; the status must exist (see addStatus). */
  setStatus(orderId: number, statusId: number): void;
  /** Status 8 (Storniert) unless another cancel status is given (8.1 by customer). */
  cancelOrder(orderId: number, statusId?: number): void;
  /** Status 9 (Retoure) unless another return status is given. */
  returnOrder(orderId: number, statusId?: number): void;
  /** The order as the API would answer it, with addresses, relations, packages and variations. */
  getOrder(orderId: number): OrderView;
  statusOf(orderId: number): number;
  statusHistory(orderId: number): StoredStatusHistoryEntry[];
  packages(orderId: number): StoredPackage[];
  orderIds(): number[];
  addStatus(status: SimStatus): void;
  addUser(user: BackendUser): void;
  /** The fault dice, with what they injected so far (`faults.injected`). */
  faults: FaultInjector;
  setFaults(patch: Partial<FaultSwitches>): void;
  /** Every access token issued so far fails its next use. */
  expireTokens(): void;
  /** Moves the simulator's clock forward (token expiry, rate-limit windows). */
  advanceTime(ms: number): void;
  now(): Date;
  /** Every answered request, oldest first. */
  requests(): readonly RequestLogEntry[];
  clearRequests(): void;
  liveTokens(): number;
  /** Variations as the catalogue holds them (the shop's products). */
  variations(): SimVariation[];
  /** New variations, or changes to those with the same number; each counts as updated now. */
  putVariations(variations: Array<Partial<SimVariation> & { number: string }>): SimVariation[];
  /** Physical stock booked at one warehouse and storage location; undefined when never booked there. */
  stockAt(warehouseId: number, storageLocationId: number, variationNumber: string): number | undefined;
  corrections(): readonly StockCorrection[];
}

export function createControl(sim: SimContext, log: RequestLogEntry[]): PlentymarketsControl {
  const view = (id: number) => renderOrder(sim, requireOrder(sim, id), allRelations);
  const control: PlentymarketsControl = {
    createOrder: (input) => view(createOrder(sim, input).id),
    createOrders: (count, input) => Array.from({ length: count }, () => control.createOrder(input)),
    setStatus: (orderId, statusId) => setStatus(sim, requireOrder(sim, orderId), statusId, "Sandbox", null),
    cancelOrder: (orderId, statusId = 8) => control.setStatus(orderId, statusId),
    returnOrder: (orderId, statusId = 9) => control.setStatus(orderId, statusId),
    getOrder: view,
    statusOf: (orderId) => requireOrder(sim, orderId).statusId,
    statusHistory: (orderId) => sim.store.history.filter((h) => h.orderId === orderId),
    packages: (orderId) => [...(sim.store.packages.get(orderId) ?? [])],
    orderIds: () => [...sim.store.orders.keys()],
    addStatus: (status) => {
      if (!sim.statuses.some((s) => s.statusId === status.statusId)) sim.statuses.push(status);
    },
    addUser: (user) => {
      sim.users.push(user);
    },
    faults: sim.faults,
    setFaults: (patch) => sim.faults.set(patch),
    expireTokens: () => sim.tokens.expireAllIssued(),
    advanceTime: (ms) => sim.clock.advance(ms),
    now: () => sim.clock.now(),
    requests: () => log,
    clearRequests: () => {
      log.length = 0;
    },
    liveTokens: () => sim.tokens.liveTokenCount(),
    variations: () => sim.variations.map((v) => ({ ...v })),
    putVariations: (inputs) => {
      const byNumber = new Map(sim.variations.map((v) => [v.number, v]));
      let nextId = Math.max(0, ...sim.variations.map((v) => v.id)) + 1;
      const updatedAt = sim.clock.now().toISOString();
      return inputs.map((input) => {
        const existing = byNumber.get(input.number);
        if (existing) {
          Object.assign(existing, input, { id: existing.id, itemId: existing.itemId, updatedAt });
          return { ...existing };
        }
        const id = input.id ?? nextId++;
        const created: SimVariation = { itemId: id, model: input.number, name: input.number, weightG: 100, priceGross: 10, barcode: "", ...input, id, updatedAt };
        sim.variations.push(created);
        byNumber.set(created.number, created);
        return { ...created };
      });
    },
    stockAt: (warehouseId, storageLocationId, variationNumber) => {
      const variation = sim.variations.find((v) => v.number === variationNumber);
      return variation ? sim.store.stock.get(stockKey(warehouseId, storageLocationId, variation.id)) : undefined;
    },
    corrections: () => sim.store.corrections,
  };
  return control;
}
