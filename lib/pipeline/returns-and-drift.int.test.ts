import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "./intake";
import { reconcileLink } from "./reconcile";
import { pollSourceReturns, pollWarehouseReturns } from "./returns";
import { sendOrder } from "./send-order";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, orderBySourceRef, pipelineWorld, timelineOf, type WemaloWorld } from "./testing";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("returns", () => {
  it("a return registered in the shop is announced to wemalo once; booked in, the order is returned and the shop gets 9.01", async () => {
    world = await pipelineWorld("wemalo", { returnHandledStatus: "9.01" });
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    const ref = String(created!.id);
    await intakeLink(w.tenantId, w.linkId);
    await drainOutbox(w.tenantId);
    w.wemalo.control.ship(ref);
    await pollWarehouseChanges(w.tenantId, w.linkId);
    await drainOutbox(w.tenantId);

    w.plenty.control.returnOrder(created!.id);
    expect(await pollSourceReturns(w.tenantId, w.linkId)).toMatchObject({ stored: 1, forwarded: 1 });
    expect(await pollSourceReturns(w.tenantId, w.linkId)).toMatchObject({ stored: 0, forwarded: 0 });

    w.wemalo.control.returnItems(ref, [{ sku: "TS-BLK-M", quantity: 1 }]);
    expect(await pollWarehouseReturns(w.tenantId, w.linkId)).toMatchObject({ stored: 1, forwarded: 1 });
    expect(await pollWarehouseReturns(w.tenantId, w.linkId)).toMatchObject({ stored: 0 });
    const order = await orderBySourceRef(w.tenantId, w.linkId, ref);
    expect(order.status).toBe("returned");
    expect(w.plenty.control.statusOf(created!.id)).toBe(9.01);
    expect((await timelineOf(w.tenantId, order.id)).map((e) => e.kind)).toEqual(
      expect.arrayContaining(["return_announced", "return_forwarded", "return_received", "return_reported"]),
    );
  });
});

describe("reconciliation", () => {
  it("reports orders not taken in, not at the warehouse in time, shipped but not written back, cancelled on one side only", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const orders = w.plenty.control.createOrders(4).map((o) => String(o.id));
    await intakeLink(w.tenantId, w.linkId);
    // Send three of the four: the fourth waits (its event is never handled).
    const received = (await linkState(w.tenantId, w.linkId)).orders;
    for (const ref of orders.slice(0, 3)) await sendOrder(w.tenantId, received.find((o) => o.sourceRef === ref)!.id);
    // One ships and is not written back yet; the warehouse cancels another on its own.
    w.wemalo.control.ship(orders[0]!);
    await pollWarehouseChanges(w.tenantId, w.linkId);
    w.wemalo.control.cancel(orders[1]!, "damaged stock");
    // A new order the intake has not seen yet.
    const late = String(w.plenty.control.createOrder().id);

    const inAnHour = new Date(Date.now() + 60 * 60_000);
    const { drift } = await reconcileLink(w.tenantId, w.linkId, { now: inAnHour, minutes: 30 });
    const kinds = drift.map((d) => `${d.kind}:${d.sourceRef ?? d.orderNumber}`).sort();
    expect(kinds).toEqual(
      [`not_taken_in:${late}`, `not_at_warehouse:${orders[3]}`, `not_written_back:${orders[0]}`, `cancelled_only_at_warehouse:${orders[1]}`].sort(),
    );
    expect((await reconcileLink(w.tenantId, w.linkId, { now: new Date(), minutes: 30 })).drift.map((d) => d.kind).sort()).toEqual(
      ["cancelled_only_at_warehouse", "not_taken_in"].sort(),
    );
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.exceptions.filter((e) => e.kind === "drift" && e.status === "open")).toHaveLength(4);
  });
});
