import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "@/lib/pipeline/intake";
import { linkState, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { runFunction, runPending, takeEvents } from "../testing";
import { orderSend } from "./order-send";
import { statusPollLink } from "./status-poll-link";
import { trackingWriteBack } from "./tracking-write-back";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Orders taken in and sent, through the functions. */
async function sentOrders(w: WemaloWorld, count: number): Promise<string[]> {
  const created = w.plenty.control.createOrders(count);
  await intakeLink(w.tenantId, w.linkId);
  await runPending(orderSend, w.tenantId, "order.received");
  return created.map((o) => String(o.id));
}

const pollEvent = (w: WemaloWorld) => ({ name: "link.status-poll.requested", data: { tenantId: w.tenantId, linkId: w.linkId } });

describe("status-poll-link → tracking-write-back", () => {
  it("a partial and a full shipment are each written back once; a repeated shipment.created writes nothing", async () => {
    world = await pipelineWorld("wemalo");
    const [a, b] = await sentOrders(world, 2);
    world.wemalo.control.startPicking(a!);
    world.wemalo.control.shipPart(a!, [{ sku: "TS-BLK-M", quantity: 1 }], "PART-1");
    world.wemalo.control.ship(b!);

    const poll = await runFunction(statusPollLink, pollEvent(world));
    expect(poll.error).toBeUndefined();
    expect(poll.result).toMatchObject({ newShipments: 2 });
    const shipmentEvents = await takeEvents(world.tenantId, "shipment.created");
    expect(shipmentEvents).toHaveLength(2);

    for (const event of shipmentEvents) expect((await runFunction(trackingWriteBack, event)).result).toMatchObject({ outcome: "written" });
    for (const event of shipmentEvents) expect((await runFunction(trackingWriteBack, event)).result).toMatchObject({ outcome: "already_written" });

    expect(world.plenty.control.packages(Number(a)).map((p) => p.packageNumber)).toEqual(["PART-1"]);
    expect(world.plenty.control.statusOf(Number(a))).toBe(5.1);
    expect(world.plenty.control.packages(Number(b))).toHaveLength(1);
    expect(world.plenty.control.statusOf(Number(b))).toBe(7);
    const state = await linkState(world.tenantId, world.linkId);
    expect(state.orders.find((o) => o.sourceRef === a)?.status).toBe("partially_shipped");
    expect(state.orders.find((o) => o.sourceRef === b)?.status).toBe("shipped");

    // Polling again finds nothing new.
    const again = await runFunction(statusPollLink, pollEvent(world));
    expect(again.result).toMatchObject({ newShipments: 0 });
  });

  it("a source that answers 5xx fails the write-back for a retry; the retry writes the parcel once", async () => {
    world = await pipelineWorld("wemalo");
    const [a] = await sentOrders(world, 1);
    world.wemalo.control.ship(a!);
    await runFunction(statusPollLink, pollEvent(world));
    const [event] = await takeEvents(world.tenantId, "shipment.created");

    world.plenty.control.setFaults({ serverErrorRate: 1 });
    const failed = await runFunction(trackingWriteBack, event!);
    expect(failed.error).toBeDefined();
    expect(failed.error?.name).not.toBe("NonRetriableError");
    expect(world.plenty.control.packages(Number(a))).toHaveLength(0);

    world.plenty.control.setFaults({ serverErrorRate: 0 });
    expect((await runFunction(trackingWriteBack, event!)).result).toMatchObject({ outcome: "written", complete: true });
    expect(world.plenty.control.packages(Number(a))).toHaveLength(1);
    expect(world.plenty.control.statusOf(Number(a))).toBe(7);
  });

  it("a paused link is not polled", async () => {
    world = await pipelineWorld("wemalo");
    const [a] = await sentOrders(world, 1);
    world.wemalo.control.ship(a!);
    const { pauseLink } = await import("@/lib/controls/link-controls");
    await pauseLink(world.tenantId, world.linkId);
    const run = await runFunction(statusPollLink, pollEvent(world));
    expect(run.result).toMatchObject({ outcome: "paused", newShipments: 0 });
    expect(await takeEvents(world.tenantId, "shipment.created")).toHaveLength(0);
  });
});
