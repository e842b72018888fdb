import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { withTenant } from "@/db";
import { orderEvents, orders, outbox, shipments, exceptions, type LinkMappings } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection } from "@/lib/connections/store";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createOngoingSimulator, DEFAULT_USER, type OngoingSimulator } from "@/lib/sandbox/ongoing";
import { createPlentymarketsSimulator, sandboxPlentyId, sandboxUser, type PlentymarketsSimulator } from "@/lib/sandbox/plentymarkets";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator, type WemaloSimulatorOptions } from "@/lib/sandbox/wemalo";
import { cancelOrder } from "./cancel";
import { PIPELINE_EVENTS, type CancelRequestedData } from "./events";
import { createLink } from "./links";
import { sendOrder } from "./send-order";
import { writeBackShipment } from "./write-back";

/** The SKUs of the plentymarkets sandbox, stocked at both simulated warehouses. */
export const SANDBOX_SKUS = ["TS-BLK-M", "CAP-GRN", "MUG-WHT", "SOCK-3P"];

/** Answers a request in the simulator's place (a fault); undefined lets it through. */
export type Interceptor = (request: Request) => Response | undefined;

interface WorldBase {
  tenantId: string;
  linkId: string;
  sourceConnectionId: string;
  warehouseConnectionId: string;
  plenty: PlentymarketsSimulator;
  intercept: { source?: Interceptor; warehouse?: Interceptor };
  close(): Promise<void>;
}
export interface WemaloWorld extends WorldBase {
  kind: "wemalo";
  wemalo: WemaloSimulator;
}
export interface OngoingWorld extends WorldBase {
  kind: "ongoing";
  ongoing: OngoingSimulator;
}

/** Shipping profile 6 of the plentymarkets sandbox → the warehouse's code. */
const shippingFor = { wemalo: "dhl_paket", ongoing: "SBTL" } as const;

/**
 * A tenant with sandbox plentymarkets linked to a sandbox warehouse, each simulator served over
 * real HTTP and reached through stored, encrypted connections, as in production.
 */
export interface WorldOptions {
  /** wemalo's own limit (120 calls a minute) makes large runs wait on 419s; raise it for volume tests. */
  wemalo?: Pick<WemaloSimulatorOptions, "rateLimit">;
}

export async function pipelineWorld(kind: "wemalo", mappings?: Partial<LinkMappings>, options?: WorldOptions): Promise<WemaloWorld>;
export async function pipelineWorld(kind: "ongoing", mappings?: Partial<LinkMappings>, options?: WorldOptions): Promise<OngoingWorld>;
export async function pipelineWorld(kind: "wemalo" | "ongoing", mappings: Partial<LinkMappings> = {}, options: WorldOptions = {}): Promise<WemaloWorld | OngoingWorld> {
  const plenty = createPlentymarketsSimulator({ seed: 11 });
  const intercept: WorldBase["intercept"] = {};
  const through = (side: "source" | "warehouse", handle: (r: Request) => Promise<Response>) => async (request: Request) =>
    intercept[side]?.(request) ?? handle(request);
  const servers: RunningServer[] = [await serveFetchHandler(through("source", plenty.handle))];
  const { tenantId } = await signUpOwner();
  const source = await createConnection(tenantId, {
    connectorId: "plentymarkets",
    label: "Shop",
    credentials: { url: servers[0]!.url, username: sandboxUser.username, password: sandboxUser.password, plentyId: sandboxPlentyId, warehouseId: 104, storageLocationId: 12 },
  });
  const close = async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
  const linkMappings: Partial<LinkMappings> = { shippingMethods: { "6": shippingFor[kind] }, ...mappings };

  if (kind === "wemalo") {
    const wemalo = createWemaloSimulator({ basePath: "", seed: 5, ...options.wemalo });
    for (const sku of SANDBOX_SKUS) wemalo.control.putProduct({ externalId: sku, sku, name: sku, stock: 10_000 });
    const server = await serveFetchHandler(through("warehouse", wemalo.handle));
    servers.push(server);
    const warehouse = await createConnection(tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: SANDBOX_WEMALO_TOKEN, apiUrl: `${server.url}/v1` } });
    const link = await createLink(tenantId, { name: "Shop → wemalo", sourceConnectionId: source.id, warehouseConnectionId: warehouse.id, mappings: linkMappings });
    return { kind, tenantId, linkId: link.id, sourceConnectionId: source.id, warehouseConnectionId: warehouse.id, plenty, intercept, wemalo, close };
  }
  const ongoing = createOngoingSimulator({ seed: 5 });
  for (const sku of SANDBOX_SKUS) ongoing.control.setStock(sku, 10_000);
  const server = await serveFetchHandler(through("warehouse", ongoing.handle));
  servers.push(server);
  const warehouse = await createConnection(tenantId, {
    connectorId: "ongoing",
    label: "3PL",
    credentials: { baseUrl: ongoing.control.baseUrl(server.url), goodsOwnerId: ongoing.control.goodsOwnerId, username: DEFAULT_USER.username, password: DEFAULT_USER.password },
  });
  const link = await createLink(tenantId, { name: "Shop → Ongoing", sourceConnectionId: source.id, warehouseConnectionId: warehouse.id, mappings: linkMappings });
  return { kind, tenantId, linkId: link.id, sourceConnectionId: source.id, warehouseConnectionId: warehouse.id, plenty, intercept, ongoing, close };
}

/**
 * Plays the engine in tests: takes the tenant's unsent outbox events oldest first, marks them
 * sent and runs the matching pipeline function, until none are left. Returns the events handled.
 */
export async function drainOutbox(tenantId: string, options: { only?: string[] } = {}): Promise<Array<{ name: string; key: string; result: unknown }>> {
  const handled: Array<{ name: string; key: string; result: unknown }> = [];
  for (let round = 0; round < 1000; round++) {
    const [next] = await withTenant(tenantId, (tx) =>
      tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), options.only ? inArray(outbox.name, options.only) : undefined))
        .orderBy(asc(outbox.id))
        .limit(1),
    );
    if (!next) break;
    await withTenant(tenantId, (tx) => tx.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, next.id)));
    const data = next.data as Record<string, string>;
    let result: unknown;
    if (next.name === PIPELINE_EVENTS.orderReceived) result = await sendOrder(tenantId, data.orderId!);
    else if (next.name === PIPELINE_EVENTS.shipmentCreated) result = await writeBackShipment(tenantId, data.shipmentId!);
    else if (next.name === PIPELINE_EVENTS.cancelRequested) result = await cancelOrder(tenantId, data.orderId!, (next.data as CancelRequestedData).origin);
    handled.push({ name: next.name, key: next.idempotencyKey, result });
  }
  return handled;
}

/** What the database holds about one link, for assertions. */
export async function linkState(tenantId: string, linkId: string) {
  return withTenant(tenantId, async (tx) => {
    const rows = await tx.select().from(orders).where(eq(orders.linkId, linkId)).orderBy(asc(orders.receivedAt), asc(orders.sourceRef));
    const ids = rows.map((r) => r.id);
    // This link's shipments only, in the order they shipped (ties by id), so tests can index them.
    const ships = ids.length ? await tx.select().from(shipments).where(inArray(shipments.orderId, ids)).orderBy(asc(shipments.shippedAt), asc(shipments.id)) : [];
    const excs = await tx.select().from(exceptions).where(eq(exceptions.linkId, linkId));
    return { orders: rows, shipments: ships, exceptions: excs };
  });
}

export async function timelineOf(tenantId: string, orderId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.id)));
}

export async function orderBySourceRef(tenantId: string, linkId: string, sourceRef: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(orders).where(and(eq(orders.linkId, linkId), eq(orders.sourceRef, sourceRef))));
  if (!row) throw new Error(`no order ${sourceRef}`);
  return row;
}
