import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { isPartnerError } from "@/lib/http";
import { intakeLink } from "./intake";
import { recordFailure, recordLinkFailure } from "./record-failure";
import { retryOrder } from "./retry-order";
import { sendOrder } from "./send-order";
import { drainOutbox, linkState, pipelineWorld, timelineOf, type WemaloWorld } from "./testing";

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

/**
 * A partner that answers 200 with a body that breaks its contract (the simulators' fault
 * injection: a cut-off JSON body, or valid JSON of the wrong shape). The garbled answer is a
 * transient PartnerError naming the partner; when the retries run out it becomes an exception a
 * person sees, and nothing is stored half: no order without its lines, no warehouse reference
 * guessed, and the later retry finds the warehouse order instead of creating a second.
 */
describe("garbled partner answers in the pipeline", () => {
  let world: WemaloWorld | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it("the warehouse garbles its answers: the order gets an exception, stays unsent, and a retry later sends it once", async () => {
    world = await pipelineWorld("wemalo");
    const { tenantId, linkId } = world;
    world.plenty.control.createOrders(2);
    await intakeLink(tenantId, linkId);
    // The engine's order.received events are played by hand below.
    await withTenant(tenantId, (tx) => tx.update(outbox).set({ sentAt: new Date() }));
    const received = (await linkState(tenantId, linkId)).orders;
    expect(received).toHaveLength(2);

    world.wemalo.control.setFaults({ malformedRate: 1 });
    for (const order of received) {
      const error = await rejection(() => sendOrder(tenantId, order.id));
      expect(isPartnerError(error), String(error)).toBe(true);
      expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", partner: "wemalo" });
      expect((error as Error).message).toMatch(/^malformed response from wemalo/);
      // What Inngest's onFailure does when the retries are used up.
      await recordFailure(tenantId, order.id, error, "Sending the order");
    }

    const failed = await linkState(tenantId, linkId);
    expect(failed.orders.map((o) => [o.status, o.warehouseRef])).toEqual([["exception", null], ["exception", null]]);
    expect(failed.shipments).toEqual([]);
    expect(failed.exceptions.map((e) => [e.kind, e.orderId !== null])).toEqual([["retries_exhausted", true], ["retries_exhausted", true]]);
    for (const e of failed.exceptions) expect(e.message).toMatch(/Sending the order gave up after several attempts: .*malformed response from wemalo/);
    const timeline = await timelineOf(tenantId, received[0]!.id);
    expect(timeline.at(-1)).toMatchObject({ kind: "retries_exhausted" });
    // The orders arrived intact before the failure: lines and addresses as taken in.
    expect(failed.orders.map((o) => o.canonical)).toEqual(received.map((o) => o.canonical));

    world.wemalo.control.setFaults({ malformedRate: 0 });
    for (const order of received) expect(await retryOrder(tenantId, order.id)).toEqual({ retried: true });
    await drainOutbox(tenantId);
    const sent = await linkState(tenantId, linkId);
    for (const o of sent.orders) expect(["sent", "accepted"]).toContain(o.status);
    expect(sent.orders.every((o) => o.warehouseRef)).toBe(true);
    expect(sent.exceptions.every((e) => e.resolvedAt !== null)).toBe(true);
    // One warehouse order per order, though the garbled attempts may have reached the warehouse.
    const atWarehouse = world.wemalo.control.orders().map((o) => o.externalId);
    expect([...atWarehouse].sort()).toEqual(received.map((o) => o.orderNumber).sort());
  });

  it("the shop garbles its answers: the intake stores nothing, the link gets an exception, and the next intake takes every order once", async () => {
    world = await pipelineWorld("wemalo");
    const { tenantId, linkId } = world;
    world.plenty.control.createOrders(3);
    world.plenty.control.setFaults({ malformedRate: 1 });
    const error = await rejection(() => intakeLink(tenantId, linkId));
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", partner: "plentymarkets" });
    await recordLinkFailure(tenantId, linkId, error, "Order intake");

    const failed = await linkState(tenantId, linkId);
    expect(failed.orders).toEqual([]);
    expect(failed.exceptions).toHaveLength(1);
    expect(failed.exceptions[0]).toMatchObject({ kind: "retries_exhausted", orderId: null });
    expect(failed.exceptions[0]!.message).toMatch(/Order intake gave up after several attempts: .*malformed response from plentymarkets/);
    expect(await withTenant(tenantId, (tx) => tx.select().from(outbox))).toEqual([]);

    world.plenty.control.setFaults({ malformedRate: 0 });
    await intakeLink(tenantId, linkId);
    await intakeLink(tenantId, linkId);
    const taken = await linkState(tenantId, linkId);
    expect(taken.orders).toHaveLength(3);
    expect(new Set(taken.orders.map((o) => o.sourceRef)).size).toBe(3);
  });
});
