import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { webhookEndpoints } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection } from "@/lib/connections/store";
import { createLink } from "@/lib/pipeline/links";
import { serveFetchHandler, type FetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser, type PlentymarketsSimulator } from "@/lib/sandbox/plentymarkets";
import { endpointUrl, openEndpointSecrets } from "@/lib/webhooks/endpoints";
import { announceNewLink } from "@/lib/wizard/activate";
import { faultMix } from "./fault-mix";
import type { SoakTiming } from "./time-scale";
import { soakEngine, type SoakEngine } from "./engine";
import { soakWarehouse, type SoakWarehouse, type SoakWarehouseSide } from "./warehouses";

const unlimited = { limit: 1_000_000_000, periodSeconds: 60 };

export interface SoakTenant {
  index: number;
  tenantId: string;
  linkId: string;
  warehouseConnectionId: string;
  plenty: PlentymarketsSimulator;
  warehouse: SoakWarehouseSide;
  /** Calls that reached each simulator. */
  calls: { source: number; warehouse: number };
  /** When each source order was created (ms since epoch), by source ref. */
  createdAt: Map<string, number>;
  /** Our webhook endpoint for the warehouse connection. */
  endpoint: { url: string; secret: string };
  engine: SoakEngine;
  /** Turns the partners' faults on (off while the link is set up). */
  startFaults(): void;
  close(): Promise<void>;
}

function counted(handle: FetchHandler, count: () => void): FetchHandler {
  return (request) => {
    count();
    return handle(request);
  };
}

/**
 * One merchant: sandbox plentymarkets as the shop, linked to one simulated warehouse, both served
 * over HTTP and reached through stored connections. The link is activated as the wizard does it
 * (intake, status poll, webhook registration announced) and run until settled, without faults;
 * then `startFaults` arms both partners with `faultRate` of their calls failing.
 */
export async function soakTenant(input: { index: number; kind: SoakWarehouse; seed: number; faultRate: number; timing: SoakTiming }): Promise<SoakTenant> {
  const { index, kind, seed, faultRate } = input;
  const { hangMs, wemaloWindowMs } = input.timing;
  // plentymarkets' own limits lifted: the 429s here are the injected bursts.
  const plenty = createPlentymarketsSimulator({ seed: seed * 7 + 1, timeoutHangMs: hangMs, rateLimits: { short: unlimited, long: unlimited, route: unlimited } });
  const warehouse = soakWarehouse(kind, seed * 7 + 2, { hangMs, wemaloWindowMs });
  const calls = { source: 0, warehouse: 0 };
  const servers: RunningServer[] = [];
  try {
    servers.push(await serveFetchHandler(counted(plenty.handle, () => calls.source++)));
    servers.push(await serveFetchHandler(counted(warehouse.handle, () => calls.warehouse++)));
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  const close = async () => void (await Promise.all(servers.map((s) => s.close())));

  const { tenantId } = await signUpOwner(`Soak ${index + 1} GmbH`);
  const source = await createConnection(tenantId, {
    connectorId: "plentymarkets",
    label: "Shop",
    credentials: { url: servers[0]!.url, username: sandboxUser.username, password: sandboxUser.password, plentyId: sandboxPlentyId, warehouseId: 104, storageLocationId: 12 },
  });
  const target = await warehouse.connect(tenantId, servers[1]!.url);
  const link = await createLink(tenantId, {
    name: `Shop → ${kind}`,
    sourceConnectionId: source.id,
    warehouseConnectionId: target.id,
    mappings: { shippingMethods: { "6": warehouse.shippingCode } },
  });
  await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));
  const engine = soakEngine(tenantId);
  await engine.settle();

  const [row] = await withTenant(tenantId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, target.id)));
  if (!row) throw new Error(`soak tenant ${index + 1}: no webhook endpoint for ${kind} after activation`);
  const secrets = openEndpointSecrets(row);

  return {
    index,
    tenantId,
    linkId: link.id,
    warehouseConnectionId: target.id,
    plenty,
    warehouse,
    calls,
    createdAt: new Map(),
    endpoint: { url: endpointUrl(secrets.token), secret: secrets.secret },
    engine,
    startFaults() {
      plenty.control.setFaults(faultMix(faultRate, { renewableTokens: true }));
      warehouse.faults.set(faultMix(faultRate, { renewableTokens: false }));
    },
    close,
  };
}
