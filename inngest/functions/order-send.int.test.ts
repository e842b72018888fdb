import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "@/lib/pipeline/intake";
import { updateLinkMappings } from "@/lib/pipeline/links";
import { linkState, pipelineWorld, timelineOf, type WemaloWorld } from "@/lib/pipeline/testing";
import { openExceptions, runFunction, runOnFailure, takeEvents } from "../testing";
import { orderSend } from "./order-send";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function receivedOrder(w: WemaloWorld, input?: Parameters<WemaloWorld["plenty"]["control"]["createOrder"]>[0]) {
  const created = w.plenty.control.createOrder(input);
  await intakeLink(w.tenantId, w.linkId);
  const [event] = await takeEvents(w.tenantId, "order.received");
  if (!event) throw new Error("intake announced no order");
  return { plentyId: created.id, event };
}

describe("order-send", () => {
  it("hands the order to the warehouse and acknowledges it at the source; the same event again makes no second warehouse order", async () => {
    world = await pipelineWorld("wemalo");
    const { plentyId, event } = await receivedOrder(world);

    const first = await runFunction(orderSend, event);
    expect(first.error).toBeUndefined();
    expect(first.result).toMatchObject({ outcome: "sent", created: true, acknowledged: true });
    expect(world.wemalo.control.orders()).toHaveLength(1);
    expect(world.plenty.control.statusOf(plentyId)).toBe(5.1);

    const duplicate = await runFunction(orderSend, event);
    expect(duplicate.result).toMatchObject({ outcome: "already_sent" });
    expect(world.wemalo.control.orders()).toHaveLength(1);
    const timeline = await timelineOf(world.tenantId, String(event.data.orderId));
    expect(timeline.filter((e) => e.kind === "sent")).toHaveLength(1);
  });

  it("an unmapped shipping method becomes an exception, not a retry", async () => {
    world = await pipelineWorld("wemalo", { shippingMethods: { "99": "dhl_express" } });
    const { event } = await receivedOrder(world);
    const run = await runFunction(orderSend, event);
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ outcome: "exception", exceptions: ["unmapped_shipping_method"] });
    expect(world.wemalo.control.orders()).toHaveLength(0);
    expect((await openExceptions(world.tenantId, world.linkId)).map((e) => e.kind)).toEqual(["unmapped_shipping_method"]);
  });

  it("an unknown SKU and an incomplete address become exceptions; the source is told about the address (6.2)", async () => {
    world = await pipelineWorld("wemalo", { skuPolicy: "mapped", skuMap: {} });
    const { plentyId, event } = await receivedOrder(world, {
      delivery: { firstName: "Åsa", lastName: "Öberg", street: "Storgatan", postalCode: "211 41", town: "Malmö", countryId: 24 },
    });
    const run = await runFunction(orderSend, event);
    expect(run.result).toMatchObject({ outcome: "exception" });
    const kinds = (await openExceptions(world.tenantId, world.linkId)).map((e) => e.kind).sort();
    expect(kinds).toEqual(["bad_address", "unknown_sku"]);
    expect(world.wemalo.control.orders()).toHaveLength(0);
    expect(world.plenty.control.statusOf(plentyId)).toBe(6.2);
  });

  it("rejected warehouse credentials: an exception for a person, and no retry", async () => {
    world = await pipelineWorld("wemalo");
    const { event } = await receivedOrder(world);
    for (const account of world.wemalo.control.accounts()) world.wemalo.control.expireToken(account.token);
    const run = await runFunction(orderSend, event);
    expect(run.error).toBeUndefined();
    expect(run.result).toMatchObject({ outcome: "exception", exceptions: ["credentials_rejected"] });
  });

  it("a warehouse that answers 5xx fails the run for a retry; the retry sends the order once", async () => {
    world = await pipelineWorld("wemalo");
    const { event } = await receivedOrder(world);
    world.wemalo.control.setFaults({ serverErrorRate: 1 });
    const failed = await runFunction(orderSend, event);
    expect(failed.error).toBeDefined();
    expect(failed.error?.name).not.toBe("NonRetriableError");
    let state = await linkState(world.tenantId, world.linkId);
    expect(state.orders[0]?.status).toBe("received");
    expect((await timelineOf(world.tenantId, String(event.data.orderId))).map((e) => e.kind)).toContain("send_failed");

    world.wemalo.control.setFaults({ serverErrorRate: 0 });
    const retried = await runFunction(orderSend, event);
    expect(retried.result).toMatchObject({ outcome: "sent" });
    expect(world.wemalo.control.orders()).toHaveLength(1);
    state = await linkState(world.tenantId, world.linkId);
    expect(state.orders[0]?.status).not.toBe("received");
  });

  it("when the retries run out, onFailure puts the order into exception with the last error", async () => {
    world = await pipelineWorld("wemalo");
    const { event } = await receivedOrder(world);
    await runOnFailure(orderSend, event, { name: "PartnerError", message: "wemalo answered 503" });
    const open = await openExceptions(world.tenantId, world.linkId);
    expect(open).toEqual([expect.objectContaining({ kind: "retries_exhausted", orderId: event.data.orderId })]);
    expect(open[0]?.message).toMatch(/503/);
    const state = await linkState(world.tenantId, world.linkId);
    expect(state.orders[0]?.status).toBe("exception");
  });

  it("after a fix the order goes out (mapping added, order.received again)", async () => {
    world = await pipelineWorld("wemalo", { shippingMethods: { "99": "dhl_express" } });
    const { event } = await receivedOrder(world);
    await runFunction(orderSend, event);
    await updateLinkMappings(world.tenantId, world.linkId, { shippingMethods: { "6": "dhl_paket" } });
    const { retryOrder } = await import("@/lib/pipeline/retry-order");
    await retryOrder(world.tenantId, String(event.data.orderId));
    const [again] = await takeEvents(world.tenantId, "order.received");
    const run = await runFunction(orderSend, again!);
    expect(run.result).toMatchObject({ outcome: "sent" });
    expect(await openExceptions(world.tenantId, world.linkId)).toEqual([]);
  });
});
