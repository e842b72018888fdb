import postgres from "postgres";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createConnection } from "@/lib/connections/store";
import { webshipperHarness, type WebshipperHarness } from "@/lib/connectors/webshipper/testing";
import { soakEngine } from "@/lib/soak/engine";
import { intakeLink } from "./intake";
import { createLink } from "./links";
import { pollWarehouseChanges } from "./status-poll";
import { linkState, orderBySourceRef, pipelineWorld, timelineOf, type OngoingWorld, type WemaloWorld } from "./testing";

/**
 * The process dies after the partner accepted a call and before Lagerbro stored its answer: a
 * trigger makes that one database write fail once (a per-row sequence counts the attempts, so the
 * count survives the rollback). The engine (the Inngest functions, run in-process with their
 * retries) runs the step again; the partner's own books must show the work once.
 */
let owner: postgres.Sql;
const armed: string[] = [];

const sequenceFor = (rowId: string) => `test_crash_${rowId.replaceAll("-", "")}`;

beforeAll(async () => {
  owner = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await owner.unsafe(`
    create or replace function test_crash_once() returns trigger language plpgsql security definer as $$
    declare seq text := 'test_crash_' || replace(new.id::text, '-', '');
    begin
      if to_regclass(seq) is not null and nextval(seq) = 1 then
        raise exception 'test: the process died after the partner accepted';
      end if;
      return new;
    end $$;
    drop trigger if exists test_crash_once on orders;
    create trigger test_crash_once before update of warehouse_ref on orders
      for each row when (old.warehouse_ref is null and new.warehouse_ref is not null) execute function test_crash_once();
    drop trigger if exists test_crash_once on shipments;
    create trigger test_crash_once before update of written_back_at on shipments
      for each row when (old.written_back_at is null and new.written_back_at is not null) execute function test_crash_once();
  `);
});

afterAll(async () => {
  await owner.unsafe(`
    drop trigger if exists test_crash_once on orders;
    drop trigger if exists test_crash_once on shipments;
    drop function if exists test_crash_once();
  `);
  for (const rowId of armed) await owner.unsafe(`drop sequence if exists ${sequenceFor(rowId)}`);
  await owner.end({ timeout: 5 });
});

/** The next write that stores the partner's answer on this row (order: warehouse_ref; shipment: written_back_at) fails once. */
async function crashOnceOnWrite(rowId: string): Promise<void> {
  armed.push(rowId);
  await owner.unsafe(`create sequence ${sequenceFor(rowId)}`);
}

let world: WemaloWorld | OngoingWorld | undefined;
let ws: WebshipperHarness | undefined;
afterEach(async () => {
  await world?.close();
  await ws?.close();
  world = undefined;
  ws = undefined;
});

/** One order taken in at the shop; its row armed to crash when the warehouse's answer is stored. */
async function orderReadyToSend(w: WemaloWorld | OngoingWorld, linkId: string) {
  const [created] = w.plenty.control.createOrders(1);
  await intakeLink(w.tenantId, linkId);
  const order = await orderBySourceRef(w.tenantId, linkId, String(created!.id));
  await crashOnceOnWrite(order.id);
  return { ref: created!.id, order };
}

async function expectSentOnceAfterCrash(w: WemaloWorld | OngoingWorld, linkId: string, ref: number, orderId: string, warehouseOrders: () => number) {
  const engine = soakEngine(w.tenantId);
  await engine.settle();
  expect(engine.deliveries.filter((d) => d.functionId === "order-send").map((d) => d.outcome)).toEqual(["retry", "ok"]);
  // The first run died storing the warehouse's answer, nothing else.
  expect(engine.deliveries.find((d) => d.outcome === "retry")?.error).toMatch(/^Failed query: update "orders" set "status" = \$1, "warehouse_ref"/);
  expect(warehouseOrders()).toBe(1);
  const stored = (await linkState(w.tenantId, linkId)).orders.find((o) => o.id === orderId)!;
  expect(stored.warehouseRef).toBeTruthy();
  expect(stored.acknowledgedAt).not.toBeNull();
  expect(w.plenty.control.statusOf(ref)).toBe(5.1);
  const sent = (await timelineOf(w.tenantId, orderId)).filter((e) => e.kind === "sent");
  expect(sent.map((e) => e.message)).toEqual([expect.stringMatching(/already had this order/)]);
}

describe("crash after the partner accepted, before Lagerbro stored the answer", () => {
  it("send to wemalo: the retry finds the order (look-up before the conditional add), one wemalo order", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { ref, order } = await orderReadyToSend(w, w.linkId);
    await expectSentOnceAfterCrash(w, w.linkId, ref, order.id, () => w.wemalo.control.orders().length);
  });

  it("send to Ongoing: the retry's PUT updates the order it made (upsert on the order number), one Ongoing order", async () => {
    world = await pipelineWorld("ongoing");
    const w = world;
    const { ref, order } = await orderReadyToSend(w, w.linkId);
    await expectSentOnceAfterCrash(w, w.linkId, ref, order.id, () => w.ongoing.control.orders().length);
  });

  it("send to Webshipper: the retry looks the order up by ext_ref instead of POSTing again, one Webshipper order", async () => {
    world = await pipelineWorld("ongoing");
    ws = await webshipperHarness();
    const w = world;
    const sim = ws.sim;
    const conn = await createConnection(w.tenantId, { connectorId: "webshipper", label: "Webshipper", credentials: { ...ws.credentials } });
    const link = await createLink(w.tenantId, { name: "Shop → Webshipper", sourceConnectionId: w.sourceConnectionId, warehouseConnectionId: conn.id, mappings: { shippingMethods: { "6": "6" } } });
    const { ref, order } = await orderReadyToSend(w, link.id);
    await expectSentOnceAfterCrash(w, link.id, ref, order.id, () => sim.control.orders().length);
    expect(sim.control.orders()[0]!.attributes.ext_ref).toBe(order.orderNumber);
  });

  it("write-back to plentymarkets: the retry recognises the package it wrote (tracking number), one package at the shop", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    const ref = created!.id;
    await intakeLink(w.tenantId, w.linkId);
    const engine = soakEngine(w.tenantId);
    await engine.settle();
    w.wemalo.control.ship(String(ref));
    const [shipmentId] = (await pollWarehouseChanges(w.tenantId, w.linkId)).newShipments;
    await crashOnceOnWrite(shipmentId!);
    await engine.settle();

    expect(engine.deliveries.filter((d) => d.functionId === "tracking-write-back").map((d) => d.outcome)).toEqual(["retry", "ok"]);
    expect(engine.deliveries.find((d) => d.outcome === "retry")?.error).toMatch(/^Failed query: update "shipments" set "written_back_at"/);
    const packages = w.plenty.control.packages(ref);
    expect(packages).toHaveLength(1);
    expect(packages[0]!.packageNumber).toBe(w.wemalo.control.order(String(ref))!.parcels[0]!.trackingNumber);
    expect(w.plenty.control.statusOf(ref)).toBe(7);
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.shipments.map((s) => s.writtenBackAt !== null)).toEqual([true]);
    expect(state.orders[0]!.settledAt).not.toBeNull();
    const order = await orderBySourceRef(w.tenantId, w.linkId, String(ref));
    expect((await timelineOf(w.tenantId, order.id)).filter((e) => e.kind === "written_back")).toHaveLength(1);
  });
});
