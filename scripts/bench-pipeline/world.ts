import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection } from "@/lib/connections/store";
import { createLink } from "@/lib/pipeline/links";
import { SANDBOX_SKUS } from "@/lib/pipeline/testing";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createOngoingSimulator, DEFAULT_USER, type OngoingSimulator } from "@/lib/sandbox/ongoing";
import { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser, type PlentymarketsSimulator } from "@/lib/sandbox/plentymarkets";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator } from "@/lib/sandbox/wemalo";

export interface BenchWorld {
  tenantId: string;
  linkId: string;
  plenty: PlentymarketsSimulator;
  /** Ships an order in full at the warehouse. */
  ship(ref: string): void;
  warehouseOrders(): number;
  close(): Promise<void>;
}

const unlimited = { limit: 1_000_000_000, periodSeconds: 60 };

/**
 * As lib/pipeline/testing's pipelineWorld (stored connections, real HTTP on 127.0.0.1), but with
 * the simulators' rate limits lifted: the bench measures Lagerbro, not the partners' quotas
 * (the partner calls per order say what the quotas will cost).
 */
export async function benchWorld(kind: "wemalo" | "ongoing"): Promise<BenchWorld> {
  const plenty = createPlentymarketsSimulator({ seed: 11, rateLimits: { short: unlimited, long: unlimited, route: unlimited } });
  const servers: RunningServer[] = [await serveFetchHandler(plenty.handle)];
  const { tenantId } = await signUpOwner("Bench GmbH");
  const source = await createConnection(tenantId, {
    connectorId: "plentymarkets",
    label: "Shop",
    credentials: { url: servers[0]!.url, username: sandboxUser.username, password: sandboxUser.password, plentyId: sandboxPlentyId, warehouseId: 104, storageLocationId: 12 },
  });
  const close = async () => void (await Promise.all(servers.map((s) => s.close())));

  let warehouse: { id: string };
  let ship: (ref: string) => void;
  let warehouseOrders: () => number;
  let shippingCode: string;
  if (kind === "wemalo") {
    const wemalo: WemaloSimulator = createWemaloSimulator({ basePath: "", seed: 5, rateLimit: { maxCalls: 1_000_000_000, windowMs: 60_000 } });
    for (const sku of SANDBOX_SKUS) wemalo.control.putProduct({ externalId: sku, sku, name: sku, stock: 1_000_000 });
    const server = await serveFetchHandler(wemalo.handle);
    servers.push(server);
    warehouse = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/v1` } });
    ship = (ref) => void wemalo.control.ship(ref);
    warehouseOrders = () => wemalo.control.orders().length;
    shippingCode = "dhl_paket";
  } else {
    const ongoing: OngoingSimulator = createOngoingSimulator({ seed: 5 });
    for (const sku of SANDBOX_SKUS) ongoing.control.setStock(sku, 1_000_000);
    const server = await serveFetchHandler(ongoing.handle);
    servers.push(server);
    warehouse = await createConnection(tenantId, {
      connectorId: "ongoing",
      label: "3PL",
      credentials: { baseUrl: ongoing.control.baseUrl(server.url), goodsOwnerId: ongoing.control.goodsOwnerId, username: DEFAULT_USER.username, password: DEFAULT_USER.password },
    });
    ship = (ref) => void ongoing.control.ship(ref);
    warehouseOrders = () => ongoing.control.orders().length;
    shippingCode = "SBTL";
  }
  const link = await createLink(tenantId, {
    name: `Shop → ${kind}`,
    sourceConnectionId: source.id,
    warehouseConnectionId: warehouse.id,
    mappings: { shippingMethods: { "6": shippingCode } },
    settings: { scheduleMinutes: 1 },
  });
  return { tenantId, linkId: link.id, plenty, ship, warehouseOrders, close };
}
