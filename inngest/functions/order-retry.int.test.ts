import { afterEach, describe, expect, it } from "vitest";
import { requestResend, requestRetry } from "@/lib/controls/order-controls";
import { intakeLink } from "@/lib/pipeline/intake";
import { updateLinkMappings } from "@/lib/pipeline/links";
import { linkState, pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { openExceptions, runPending, takeEvents } from "../testing";
import { orderRetry } from "./order-retry";
import { orderSend } from "./order-send";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("order-retry", () => {
  it("the retry button goes through events: exception closed, order.received again, the order sent once", async () => {
    world = await pipelineWorld("wemalo", { shippingMethods: { "99": "dhl_express" } });
    const w = world;
    w.plenty.control.createOrders(1);
    await intakeLink(w.tenantId, w.linkId);
    await runPending(orderSend, w.tenantId, "order.received");
    const order = (await linkState(w.tenantId, w.linkId)).orders[0]!;
    expect(order.status).toBe("exception");

    await updateLinkMappings(w.tenantId, w.linkId, { shippingMethods: { "6": "dhl_paket" } });
    await requestRetry(w.tenantId, order.id);
    const [retry] = await runPending(orderRetry, w.tenantId, "order.retry.requested");
    expect(retry?.result).toEqual({ retried: true });
    const sends = await runPending(orderSend, w.tenantId, "order.received");
    expect(sends.map((s) => s.result)).toEqual([expect.objectContaining({ outcome: "sent" })]);
    expect(await openExceptions(w.tenantId, w.linkId)).toEqual([]);
    expect(w.wemalo.control.orders()).toHaveLength(1);

    // A resend of an order the warehouse already works on is refused; nothing is sent twice.
    await requestResend(w.tenantId, order.id);
    const [resend] = await runPending(orderRetry, w.tenantId, "order.resend.requested");
    expect(resend?.result).toEqual({ retried: false });
    expect(await takeEvents(w.tenantId, "order.received")).toHaveLength(0);
    expect(w.wemalo.control.orders()).toHaveLength(1);
  });
});
