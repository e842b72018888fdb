import { afterEach, describe, expect, it } from "vitest";
import { cancelOrder, pollSourceCancellations, requestCancellation } from "./cancel";
import { intakeLink } from "./intake";
import { sendOrder } from "./send-order";
import { drainOutbox, linkState, orderBySourceRef, pipelineWorld, timelineOf, type OngoingWorld, type WemaloWorld } from "./testing";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function sentOrder(w: WemaloWorld | OngoingWorld) {
  const [created] = w.plenty.control.createOrders(1);
  await intakeLink(w.tenantId, w.linkId);
  await drainOutbox(w.tenantId);
  return { plentyId: created!.id, ref: String(created!.id) };
}

describe("cancellations", () => {
  it("cancelled in the shop before the warehouse started: cancelled at wemalo, 8 → 8.8, announced once", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { plentyId, ref } = await sentOrder(w);
    w.plenty.control.cancelOrder(plentyId);
    expect((await pollSourceCancellations(w.tenantId, w.linkId)).requested).toHaveLength(1);
    expect(await pollSourceCancellations(w.tenantId, w.linkId)).toMatchObject({ requested: [], alreadyRequested: 1 });
    expect((await orderBySourceRef(w.tenantId, w.linkId, ref)).status).toBe("cancel_requested");

    const handled = await drainOutbox(w.tenantId);
    expect(handled.map((h) => h.result)).toEqual([{ outcome: "cancelled", acknowledgedAtSource: true }]);
    expect(w.wemalo.control.order(ref)?.statusName).toBe("CANCELLED");
    expect(w.plenty.control.statusOf(plentyId)).toBe(8.8);
    const order = await orderBySourceRef(w.tenantId, w.linkId, ref);
    expect(order.status).toBe("cancelled");
    expect(order.cancelledAt).not.toBeNull();
    // Handled at the source: the next poll finds nothing.
    expect(await pollSourceCancellations(w.tenantId, w.linkId)).toMatchObject({ requested: [], alreadyRequested: 0 });
  });

  it("cancelled in the shop after the warehouse started: an exception says so, and the shop gets the too-late status", async () => {
    world = await pipelineWorld("wemalo", { cancelTooLateStatus: "6.5" });
    const w = world;
    const { plentyId, ref } = await sentOrder(w);
    w.wemalo.control.startPicking(ref);
    w.plenty.control.cancelOrder(plentyId);
    await pollSourceCancellations(w.tenantId, w.linkId);
    const handled = await drainOutbox(w.tenantId);
    expect(handled.map((h) => h.result)).toEqual([{ outcome: "too_late", acknowledgedAtSource: true }]);
    expect(w.wemalo.control.order(ref)?.statusName).not.toBe("CANCELLED");
    expect(w.plenty.control.statusOf(plentyId)).toBe(6.5);
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.exceptions.map((e) => [e.kind, e.status])).toEqual([["warehouse_started", "open"]]);
    expect(state.exceptions[0]!.message).toMatch(/warehouse has already started/);
    expect(state.orders[0]!.status).toBe("picking");
  });

  it("the merchant's button on an order not yet sent cancels it here; it is never sent", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    await intakeLink(w.tenantId, w.linkId);
    const order = await orderBySourceRef(w.tenantId, w.linkId, String(created!.id));
    expect(await requestCancellation(w.tenantId, order.id, "customer called")).toEqual({ requested: true });
    expect(await requestCancellation(w.tenantId, order.id)).toEqual({ requested: false });
    expect(await cancelOrder(w.tenantId, order.id, "merchant")).toEqual({ outcome: "cancelled", acknowledgedAtSource: false });
    expect(await sendOrder(w.tenantId, order.id)).toEqual({ outcome: "not_sendable" });
    await drainOutbox(w.tenantId);
    expect(w.wemalo.control.orders()).toHaveLength(0);
    expect((await orderBySourceRef(w.tenantId, w.linkId, String(created!.id))).status).toBe("cancelled");
    expect((await timelineOf(w.tenantId, order.id)).map((e) => e.kind)).toEqual(expect.arrayContaining(["cancel_requested", "cancelled"]));
  });

  it("Ongoing: cancelled while open, too late once allocated", async () => {
    world = await pipelineWorld("ongoing");
    const w = world;
    const first = await sentOrder(w);
    const second = await sentOrder(w);
    w.ongoing.control.release(second.ref);
    w.ongoing.control.allocate(second.ref);
    const ids = await Promise.all([first, second].map(async (o) => (await orderBySourceRef(w.tenantId, w.linkId, o.ref)).id));
    expect(await cancelOrder(w.tenantId, ids[0]!, "merchant")).toMatchObject({ outcome: "cancelled" });
    expect(await cancelOrder(w.tenantId, ids[1]!, "merchant")).toMatchObject({ outcome: "too_late" });
    expect(w.ongoing.control.order(first.ref)?.orderInfo.orderStatus.number).toBe(1000);
    expect(w.ongoing.control.order(second.ref)?.orderInfo.orderStatus.number).not.toBe(1000);
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.exceptions.map((e) => e.kind)).toEqual(["warehouse_started"]);
  });
});
