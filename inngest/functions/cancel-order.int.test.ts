import { afterEach, describe, expect, it } from "vitest";
import { requestCancellation } from "@/lib/pipeline/cancel";
import { intakeLink } from "@/lib/pipeline/intake";
import { linkState, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { openExceptions, runFunction, runOnFailure, runPending, takeEvents } from "../testing";
import { cancelOrderFn } from "./cancel-order";
import { orderSend } from "./order-send";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function sentOrder(w: WemaloWorld) {
  const [created] = w.plenty.control.createOrders(1);
  await intakeLink(w.tenantId, w.linkId);
  await runPending(orderSend, w.tenantId, "order.received");
  const order = (await linkState(w.tenantId, w.linkId)).orders[0]!;
  return { ref: String(created!.id), orderId: order.id };
}

describe("cancel-order", () => {
  it("cancels at the warehouse while it has not started; the same event again changes nothing", async () => {
    world = await pipelineWorld("wemalo");
    const { ref, orderId } = await sentOrder(world);
    await requestCancellation(world.tenantId, orderId, "customer changed their mind");
    const [event] = await takeEvents(world.tenantId, "order.cancel_requested");
    expect(event?.data).toMatchObject({ origin: "merchant", orderId });

    const first = await runFunction(cancelOrderFn, event!);
    expect(first.result).toMatchObject({ outcome: "cancelled" });
    expect(world.wemalo.control.order(ref)?.statusName).toBe("CANCELLED");
    const again = await runFunction(cancelOrderFn, event!);
    expect(again.result).toMatchObject({ outcome: "already_cancelled" });
    expect((await linkState(world.tenantId, world.linkId)).orders[0]?.status).toBe("cancelled");
  });

  it("too late (the warehouse has shipped): an exception that says so, never a silent drop", async () => {
    world = await pipelineWorld("wemalo");
    const { ref, orderId } = await sentOrder(world);
    world.wemalo.control.ship(ref);
    await requestCancellation(world.tenantId, orderId);
    const [event] = await takeEvents(world.tenantId, "order.cancel_requested");
    const run = await runFunction(cancelOrderFn, event!);
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ outcome: "too_late" });
    expect(await openExceptions(world.tenantId, world.linkId)).toEqual([expect.objectContaining({ kind: "warehouse_started", orderId })]);
  });

  it("a warehouse that answers 5xx fails the run for a retry; the retry cancels; exhausted retries become an exception", async () => {
    world = await pipelineWorld("wemalo");
    const { ref, orderId } = await sentOrder(world);
    await requestCancellation(world.tenantId, orderId);
    const [event] = await takeEvents(world.tenantId, "order.cancel_requested");
    world.wemalo.control.setFaults({ serverErrorRate: 1 });
    const failed = await runFunction(cancelOrderFn, event!);
    expect(failed.error?.name).toBeDefined();
    expect(failed.error?.name).not.toBe("NonRetriableError");
    expect(world.wemalo.control.order(ref)?.statusName).not.toBe("CANCELLED");

    world.wemalo.control.setFaults({ serverErrorRate: 0 });
    expect((await runFunction(cancelOrderFn, event!)).result).toMatchObject({ outcome: "cancelled" });

    await runOnFailure(cancelOrderFn, event!, { name: "PartnerError", message: "wemalo server error: HTTP 500" });
    expect(await openExceptions(world.tenantId, world.linkId)).toEqual([expect.objectContaining({ kind: "retries_exhausted" })]);
  });
});
