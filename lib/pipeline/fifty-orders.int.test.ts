import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { intakeLink } from "./intake";
import { refreshOpenOrders } from "./refresh-status";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, pipelineWorld, type OngoingWorld, type WemaloWorld } from "./testing";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const ORDERS = 50;
const PARTIAL = 10;

/** Moves every order to picking, ships the first PARTIAL in part and the rest in full; then the rest of the partial ones. */
async function warehouseWork(w: WemaloWorld | OngoingWorld, refs: string[]) {
  if (w.kind === "wemalo") {
    for (const ref of refs) w.wemalo.control.startPicking(ref);
    await refreshOpenOrders(w.tenantId, w.linkId);
    for (const ref of refs.slice(0, PARTIAL)) w.wemalo.control.shipPart(ref, [{ sku: "TS-BLK-M", quantity: 1 }]);
    for (const ref of refs.slice(PARTIAL)) w.wemalo.control.ship(ref);
    return () => {
      for (const ref of refs.slice(0, PARTIAL)) w.wemalo.control.ship(ref);
    };
  }
  for (const ref of refs) {
    w.ongoing.control.release(ref);
    w.ongoing.control.allocate(ref);
  }
  await pollWarehouseChanges(w.tenantId, w.linkId);
  const backOrders = refs.slice(0, PARTIAL).map((ref) => w.ongoing.control.ship(ref, { lines: [{ articleNumber: "TS-BLK-M", quantity: 1 }] }).backOrder!);
  for (const ref of refs.slice(PARTIAL)) w.ongoing.control.ship(ref);
  return () => {
    for (const back of backOrders) w.ongoing.control.ship(back.orderInfo.orderId);
  };
}

describe.each(["wemalo", "ongoing"] as const)("50 orders, plentymarkets → %s", (kind) => {
  it("every order taken in, sent, picked, shipped (10 in two parts) and written back, none twice", async () => {
    world = kind === "wemalo" ? await pipelineWorld("wemalo", {}, { wemalo: { rateLimit: { maxCalls: 100_000 } } }) : await pipelineWorld("ongoing");
    const w = world;
    const refs = w.plenty.control.createOrders(ORDERS).map((o) => String(o.id));

    expect((await intakeLink(w.tenantId, w.linkId, { pageSize: 20 })).received).toHaveLength(ORDERS);
    const sent = await drainOutbox(w.tenantId);
    expect(sent.filter((e) => (e.result as { outcome: string }).outcome === "sent")).toHaveLength(ORDERS);

    const finishPartials = await warehouseWork(w, refs);
    let state = await linkState(w.tenantId, w.linkId);
    expect(state.orders.every((o) => o.status === "picking")).toBe(true);

    expect((await pollWarehouseChanges(w.tenantId, w.linkId)).newShipments).toHaveLength(ORDERS);
    expect(await drainOutbox(w.tenantId)).toHaveLength(ORDERS);
    state = await linkState(w.tenantId, w.linkId);
    expect(state.orders.filter((o) => o.status === "partially_shipped").map((o) => o.sourceRef).sort()).toEqual(refs.slice(0, PARTIAL).sort());

    finishPartials();
    expect((await pollWarehouseChanges(w.tenantId, w.linkId)).newShipments).toHaveLength(PARTIAL);
    expect(await drainOutbox(w.tenantId)).toHaveLength(PARTIAL);
    // Nothing new on an overlapping poll, and intake finds nothing to take.
    expect((await pollWarehouseChanges(w.tenantId, w.linkId)).newShipments).toHaveLength(0);
    expect((await intakeLink(w.tenantId, w.linkId)).received).toHaveLength(0);

    state = await linkState(w.tenantId, w.linkId);
    expect(state.orders.map((o) => o.sourceRef).sort()).toEqual([...refs].sort());
    expect(state.orders.every((o) => o.status === "shipped" && o.settledAt && o.acknowledgedAt)).toBe(true);
    expect(state.shipments).toHaveLength(ORDERS + PARTIAL);
    expect(state.shipments.every((s) => s.writtenBackAt)).toBe(true);
    expect(state.exceptions).toHaveLength(0);

    const warehouseOrders = w.kind === "wemalo" ? w.wemalo.control.orders().map((o) => o.externalId) : w.ongoing.control.orders().filter((o) => !o.orderInfo.orderNumber.includes("-")).map((o) => o.orderInfo.orderNumber);
    expect([...warehouseOrders].sort()).toEqual([...refs].sort());
    for (const [i, ref] of refs.entries()) {
      expect(w.plenty.control.statusOf(Number(ref))).toBe(7);
      const numbers = w.plenty.control.packages(Number(ref)).map((p) => p.packageNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers.length).toBeGreaterThanOrEqual(i < PARTIAL ? 2 : 1);
    }
    const events = await withTenant(w.tenantId, (tx) => tx.select().from(outbox));
    expect(events.filter((e) => e.name === "order.received")).toHaveLength(ORDERS);
    expect(events.filter((e) => e.name === "shipment.created")).toHaveLength(ORDERS + PARTIAL);
  }, 120_000);
});
