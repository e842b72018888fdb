import { ongoingConnector } from "@/lib/connectors/ongoing";
import { wemaloConnector } from "@/lib/connectors/wemalo";
import type { ConnectorContext, WarehouseOperations } from "@/lib/connectors/types";
import { createOngoingSimulator, DEFAULT_USER } from "@/lib/sandbox/ongoing";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import type { Bench } from "./setup";

/** The SKUs of the plentymarkets simulator's demo order. */
const SKUS = ["TS-BLK-M", "CAP-GRN"];
const STOCK = 1_000_000;

/** A warehouse simulator with stock for the demo SKUs, a context for its connector, and a hand to ship orders. */
export interface BenchWarehouse {
  /** The connector id, as the request log names the partner. */
  id: string;
  label: string;
  ops: WarehouseOperations<unknown, unknown>;
  ctx: ConnectorContext;
  /** The warehouse's code for the shipping method (wemalo dispatcher profile, Ongoing transporter). */
  shippingCode: string;
  /** Ship the whole order in one parcel, as the warehouse would. */
  ship(orderNumber: string): void;
}

export type WarehouseFactory = (bench: Bench) => Promise<BenchWarehouse>;

export const startWemalo: WarehouseFactory = async (bench) => {
  // The simulator's limiter counts wall-clock time, which virtual waits cannot move on, and its
  // 120 calls / 60 s are a guess (lib/sandbox/wemalo/rate-limit.ts): lifted for the bench.
  const sim = createWemaloSimulator({ now: () => new Date(bench.clock.now()), seed: 1, rateLimit: { maxCalls: Number.MAX_SAFE_INTEGER } });
  for (const sku of SKUS) sim.control.putProduct({ externalId: sku, sku, stock: STOCK });
  const server = await bench.serve(sim.handle);
  return {
    id: wemaloConnector.id,
    label: wemaloConnector.label,
    ops: wemaloConnector.warehouse as WarehouseOperations<unknown, unknown>,
    ctx: bench.context(wemaloConnector, { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/sandbox/wemalo/v1` }),
    shippingCode: "dhl_paket",
    ship: (orderNumber) => void sim.control.ship(orderNumber),
  };
};

export const startOngoing: WarehouseFactory = async (bench) => {
  const sim = createOngoingSimulator({ now: () => new Date(bench.clock.now()), seed: 1, basePath: "/sandbox/ongoing" });
  for (const sku of SKUS) sim.control.setStock(sku, STOCK);
  const server = await bench.serve(sim.handle);
  const credentials = { baseUrl: sim.control.baseUrl(server.url), goodsOwnerId: sim.control.goodsOwnerId, ...DEFAULT_USER };
  return {
    id: ongoingConnector.id,
    label: "Ongoing",
    ops: ongoingConnector.warehouse as WarehouseOperations<unknown, unknown>,
    ctx: bench.context(ongoingConnector, credentials),
    shippingCode: "PLAB:P19",
    ship: (orderNumber) => void sim.control.ship(orderNumber),
  };
};
