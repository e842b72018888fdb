import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { updateConnectionCredentials } from "@/lib/connections/store";
import { requestCancellation } from "@/lib/pipeline/cancel";
import { linkState, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { openExceptions, runFunction, takeEvents } from "../testing";
import { intakeLinkFn } from "./intake-link";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const intakeEvent = (w: WemaloWorld) => ({ name: "link.intake.requested", data: { tenantId: w.tenantId, linkId: w.linkId } });

describe("intake-link", () => {
  it("stores each ready order once and announces it; the same event again stores nothing new", async () => {
    world = await pipelineWorld("wemalo");
    world.plenty.control.createOrders(3);
    const first = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ received: 3, outcome: "done" });
    expect(await takeEvents(world.tenantId, "order.received")).toHaveLength(3);

    const again = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(again.result).toMatchObject({ received: 0 });
    expect(await takeEvents(world.tenantId, "order.received")).toHaveLength(0);
    expect((await linkState(world.tenantId, world.linkId)).orders).toHaveLength(3);
  });

  it("a source that answers 5xx fails the run for a retry, and the retry takes the orders in once", async () => {
    world = await pipelineWorld("wemalo");
    world.plenty.control.createOrders(2);
    world.plenty.control.setFaults({ serverErrorRate: 1 });
    const failed = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(failed.error).toBeDefined();
    expect(failed.error?.name).not.toBe("NonRetriableError");
    expect((await linkState(world.tenantId, world.linkId)).orders).toHaveLength(0);

    world.plenty.control.setFaults({ serverErrorRate: 0 });
    const retried = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(retried.result).toMatchObject({ received: 2 });
    expect((await linkState(world.tenantId, world.linkId)).orders).toHaveLength(2);
  });

  it("rejected source credentials: one link exception, no retry", async () => {
    world = await pipelineWorld("wemalo");
    world.plenty.control.createOrders(1);
    const [link] = await withTenant(world.tenantId, (tx) => tx.select().from(links).where(eq(links.id, world!.linkId)));
    await updateConnectionCredentials(world.tenantId, link!.sourceConnectionId, { password: "wrong-password" });
    const run = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ outcome: "exception", received: 0 });
    expect(await openExceptions(world.tenantId, world.linkId)).toEqual([expect.objectContaining({ kind: "credentials_rejected", orderId: null })]);
  });

  it("a cancellation at the source becomes order.cancel_requested once", async () => {
    world = await pipelineWorld("wemalo");
    const [order] = world.plenty.control.createOrders(1);
    await runFunction(intakeLinkFn, intakeEvent(world));
    world.plenty.control.cancelOrder(order!.id);
    const run = await runFunction(intakeLinkFn, intakeEvent(world));
    expect(run.result).toMatchObject({ cancellations: 1 });
    await runFunction(intakeLinkFn, intakeEvent(world));
    const cancels = await takeEvents(world.tenantId, "order.cancel_requested");
    expect(cancels).toEqual([expect.objectContaining({ data: expect.objectContaining({ origin: "source" }) })]);
    // The merchant's button on the same order is its own request.
    await requestCancellation(world.tenantId, String(cancels[0]!.data.orderId));
    expect(await takeEvents(world.tenantId, "order.cancel_requested")).toHaveLength(1);
  });
});
