import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "@/lib/pipeline/intake";
import { linkState, orderBySourceRef, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { openExceptions, runFunction, runPending } from "../testing";
import { orderSend } from "./order-send";
import { reconcileLinkFn } from "./reconcile-link";
import { returnsLink } from "./returns-link";
import { statusPollLink } from "./status-poll-link";
import { trackingWriteBack } from "./tracking-write-back";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const linkEvent = (w: WemaloWorld, name: string) => ({ name, data: { tenantId: w.tenantId, linkId: w.linkId } });

describe("returns-link", () => {
  it("forwards the shop's return once and records the warehouse's booking; a repeated event changes nothing", async () => {
    world = await pipelineWorld("wemalo", { returnHandledStatus: "9.01" });
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    const ref = String(created!.id);
    await intakeLink(w.tenantId, w.linkId);
    await runPending(orderSend, w.tenantId, "order.received");
    w.wemalo.control.ship(ref);
    await runFunction(statusPollLink, linkEvent(w, "link.status-poll.requested"));
    await runPending(trackingWriteBack, w.tenantId, "shipment.created");

    w.plenty.control.returnOrder(created!.id);
    w.wemalo.control.returnItems(ref, [{ sku: "TS-BLK-M", quantity: 1 }]);
    const run = await runFunction(returnsLink, linkEvent(w, "link.returns.requested"));
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ announced: { stored: 1, forwarded: 1 }, booked: { stored: 1, forwarded: 1 } });
    expect((await orderBySourceRef(w.tenantId, w.linkId, ref)).status).toBe("returned");
    expect(w.plenty.control.statusOf(created!.id)).toBe(9.01);

    const again = await runFunction(returnsLink, linkEvent(w, "link.returns.requested"));
    expect(again.result).toMatchObject({ announced: { stored: 0, forwarded: 0 }, booked: { stored: 0 } });
  });
});

describe("reconcile-link", () => {
  it("reports an order the intake has not taken in as drift, once", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    w.plenty.control.createOrders(1);
    const run = await runFunction(reconcileLinkFn, linkEvent(w, "link.reconcile.requested"));
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ drift: 1, kinds: ["not_taken_in"] });
    await runFunction(reconcileLinkFn, linkEvent(w, "link.reconcile.requested"));
    expect((await openExceptions(w.tenantId, w.linkId)).filter((e) => e.kind === "drift")).toHaveLength(1);
    expect((await linkState(w.tenantId, w.linkId)).orders).toHaveLength(0);
  });
});
