import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "./intake";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, pipelineWorld, type OngoingWorld } from "./testing";

let world: OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("plentymarkets → Ongoing WMS, over HTTP", () => {
  it("takes orders in, sends them, follows picking, a partial shipment with its back order, and writes each back once", async () => {
    world = await pipelineWorld("ongoing");
    const { tenantId, linkId, plenty, ongoing } = world;
    const ids = plenty.control.createOrders(3).map((o) => String(o.id));

    expect((await intakeLink(tenantId, linkId)).received).toHaveLength(3);
    const sent = await drainOutbox(tenantId);
    expect(sent.map((e) => (e.result as { outcome: string }).outcome)).toEqual(["sent", "sent", "sent"]);
    expect(ongoing.control.orders()).toHaveLength(3);
    for (const id of ids) expect(plenty.control.statusOf(Number(id))).toBe(5.1);

    // Released and allocated: Ongoing's change feed reports it as picking.
    ongoing.control.release(ids[0]!);
    ongoing.control.allocate(ids[0]!);
    await pollWarehouseChanges(tenantId, linkId);
    let state = await linkState(tenantId, linkId);
    expect(state.orders.find((o) => o.sourceRef === ids[0])?.status).toBe("picking");

    // Order 0: one T-shirt of two now, the rest on a back order; order 1 in full.
    const partial = ongoing.control.ship(ids[0]!, { lines: [{ articleNumber: "TS-BLK-M", quantity: 1 }, { articleNumber: "CAP-GRN", quantity: 1 }] });
    expect(partial.backOrder).not.toBeNull();
    ongoing.control.ship(ids[1]!);
    // The link mapped shipping profile 6 to transporter SBTL, and the warehouse shipped with it.
    expect(ongoing.control.order(ids[1]!)?.transporter?.code).toBe("SBTL");
    const poll = await pollWarehouseChanges(tenantId, linkId);
    expect(poll.newShipments).toHaveLength(2);
    await drainOutbox(tenantId);

    state = await linkState(tenantId, linkId);
    const order0 = () => state.orders.find((o) => o.sourceRef === ids[0])!;
    expect(order0().status).toBe("partially_shipped");
    expect(order0().settledAt).toBeNull();
    expect(plenty.control.packages(Number(ids[0]))).toHaveLength(1);
    expect(plenty.control.statusOf(Number(ids[1]))).toBe(7);

    ongoing.control.ship(partial.backOrder!.orderInfo.orderId);
    const rest = await pollWarehouseChanges(tenantId, linkId);
    expect(rest.newShipments).toHaveLength(1);
    await drainOutbox(tenantId);
    // An overlapping poll stores nothing twice.
    expect((await pollWarehouseChanges(tenantId, linkId)).newShipments).toHaveLength(0);
    expect(await drainOutbox(tenantId)).toHaveLength(0);

    state = await linkState(tenantId, linkId);
    expect(order0().status).toBe("shipped");
    expect(order0().settledAt).not.toBeNull();
    expect(plenty.control.statusOf(Number(ids[0]))).toBe(7);
    expect(plenty.control.packages(Number(ids[0]))).toHaveLength(2);
    expect(state.shipments).toHaveLength(3);
    expect(state.shipments.every((s) => s.writtenBackAt)).toBe(true);
    expect(state.orders.map((o) => o.sourceRef).sort()).toEqual([...ids].sort());
    expect(ongoing.control.orders().filter((o) => ids.includes(o.orderInfo.orderNumber))).toHaveLength(3);
    expect(state.exceptions).toHaveLength(0);
  });
});
