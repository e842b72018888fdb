import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator } from "@/lib/sandbox/wemalo";
import type { InboundWebhook } from "../types";
import { canonicalOrder, catalog } from "./fixtures";
import { wemaloConnector } from "./index";
import { wemaloTestContext } from "./testing";

const warehouse = wemaloConnector.warehouse!;
const webhooks = wemaloConnector.webhooks!;
let sim: WemaloSimulator;
let server: RunningServer;
let ctx: ReturnType<typeof wemaloTestContext>;

beforeEach(async () => {
  sim = createWemaloSimulator({ seed: 3, pageSize: 2 });
  server = await serveFetchHandler(sim.handle);
  ctx = wemaloTestContext({ apiUrl: `${server.url}/sandbox/wemalo/v1`, apiToken: SANDBOX_WEMALO_TOKEN });
  await warehouse.upsertProducts!(ctx, { products: catalog });
  for (const n of ["A-1", "B-2"]) await warehouse.submitOrder(ctx, { order: canonicalOrder(n), shippingCode: "dhl_paket" });
});
afterEach(() => server.close());

describe("wemalo connector against the simulator: changes", () => {
  it("lists parcels since the cursor across pages, partial and complete", async () => {
    sim.control.ship("A-1", [{ trackingNumber: "TA1", lines: [{ sku: "SKU-1", quantity: 2 }] }, { trackingNumber: "TA2", lines: [{ sku: "SKU-2", quantity: 1 }] }]);
    sim.control.shipPart("B-2", [{ sku: "SKU-1", quantity: 1 }], "TB1");

    const first = await warehouse.listChanges(ctx, { cursor: null });
    expect(ctx.requestLog.entries.filter((e) => e.operation === "sent packages" && !e.error)).toHaveLength(2);
    expect(first.items.map((c) => [c.order.orderNumber, c.status, c.shipment?.parcels[0]?.trackingNumber, c.shipment?.complete])).toEqual([
      ["A-1", "partially_shipped", "TA1", false],
      ["A-1", "shipped", "TA2", true],
      ["B-2", "partially_shipped", "TB1", false],
    ]);
    expect(first.items[0]!.shipment).toMatchObject({
      orderNumber: "A-1",
      lines: [{ sku: "SKU-1", quantity: 2 }],
      parcels: [{ trackingNumber: "TA1", carrier: "DHL", trackingUrl: expect.stringContaining("TA1"), lines: [{ sku: "SKU-1", quantity: 2 }] }],
    });
    expect(first.items[2]!.reason).toBeUndefined();
    expect(first.hasMore).toBe(false);

    const quiet = await warehouse.listChanges(ctx, { cursor: first.nextCursor });
    expect(quiet.items).toEqual([]);

    sim.control.ship("B-2");
    const rest = await warehouse.listChanges(ctx, { cursor: quiet.nextCursor });
    expect(rest.items.map((c) => [c.order.orderNumber, c.status, c.shipment?.lines])).toEqual([
      ["B-2", "shipped", [{ sku: "SKU-1", quantity: 1 }, { sku: "SKU-2", quantity: 1 }]],
    ]);
  });

  it("stops at the limit and resumes the same window", async () => {
    sim.control.ship("A-1");
    sim.control.ship("B-2");
    const part = await warehouse.listChanges(ctx, { cursor: null, limit: 1 });
    expect(part.hasMore).toBe(true);
    const rest = await warehouse.listChanges(ctx, { cursor: part.nextCursor });
    const all = [...part.items, ...rest.items].map((c) => c.shipment!.shipmentRef);
    expect(new Set(all).size).toBe(2);
    expect(all).toHaveLength(2);
  });

  it("announces a return with the shipped recipient and lists booked returns", async () => {
    sim.control.ship("A-1");
    const announced = await warehouse.announceReturn!(ctx, {
      ret: { returnRef: "RMA-9", order: { orderNumber: "A-1" }, createdAt: "2026-03-05T10:00:00+01:00", lines: [{ sku: "SKU-1", quantity: 1 }], reason: "zu groß", received: false },
    });
    expect(announced.warehouseRef).toMatch(/^\d+$/);
    const again = await warehouse.announceReturn!(ctx, {
      ret: { returnRef: "RMA-9", order: { orderNumber: "A-1" }, createdAt: "2026-03-05T10:00:00+01:00", lines: [{ sku: "SKU-1", quantity: 1 }], received: false },
    });
    expect(again.warehouseRef).toBe(announced.warehouseRef);

    sim.control.returnItems("A-1", [{ sku: "SKU-1", quantity: 1 }], { reasonCode: "damaged" });
    const page = await warehouse.listReturns!(ctx, { cursor: null });
    expect(page.items).toEqual([
      { returnRef: expect.stringMatching(/^wemalo-return:/), order: { orderNumber: "A-1" }, createdAt: expect.any(String), lines: [{ sku: "SKU-1", quantity: 1, reason: "damaged", condition: "1. Choice" }], received: true },
    ]);
    expect((await warehouse.listReturns!(ctx, { cursor: page.nextCursor })).items).toEqual([]);
  });
});

describe("wemalo connector against the simulator: webhooks", () => {
  let receiver: RunningServer;
  const inbox: InboundWebhook[] = [];
  beforeEach(async () => {
    inbox.length = 0;
    receiver = await serveFetchHandler(async (request) => {
      inbox.push({ headers: Object.fromEntries(request.headers), body: await request.text(), receivedAt: new Date() });
      return new Response("ok");
    });
  });
  afterEach(() => receiver.close());

  it("registers both events, verifies the token and parses status and tracking", async () => {
    expect(await webhooks.register!(ctx, { url: `${receiver.url}/api/webhooks/wemalo/conn-test`, secret: "s3cret-token" })).toEqual({ events: ["status_update", "trackingnumber_added"] });
    expect(sim.control.webhooks().map((h) => [h.event, h.token])).toEqual([["status_update", "s3cret-token"], ["trackingnumber_added", "s3cret-token"]]);

    sim.control.addressError("A-1");
    sim.control.shipPart("B-2", [{ sku: "SKU-2", quantity: 1 }], "TB9");
    expect((await sim.control.deliverWebhooks()).every((r) => r.ok)).toBe(true);
    expect(inbox).toHaveLength(3);
    expect(inbox.every((w) => webhooks.verify(w, "s3cret-token"))).toBe(true);
    expect(webhooks.verify(inbox[0]!, "other-token")).toBe(false);

    const changes = (await Promise.all(inbox.map((w) => webhooks.parse(ctx, w)))).flat();
    expect(changes.map((c) => [c.order.orderNumber, c.status])).toEqual([
      ["A-1", "error_address"],
      ["B-2", "picking"],
      ["B-2", "partially_shipped"],
    ]);
    expect(changes[2]!.shipment).toMatchObject({
      complete: false,
      lines: [{ sku: "SKU-2", quantity: 1 }],
      parcels: [{ trackingNumber: "TB9", carrier: "DHL", parcelRef: expect.any(String), lines: [{ sku: "SKU-2", quantity: 1 }] }],
    });
  });

  it("gives a webhook parcel the same shipment ref as the polled one", async () => {
    await webhooks.register!(ctx, { url: receiver.url, secret: "t" });
    sim.control.ship("A-1", [{ trackingNumber: "TX" }]);
    await sim.control.deliverWebhooks();
    const fromHook = (await webhooks.parse(ctx, inbox.find((w) => w.body.includes("goodsOrderParcelId"))!))[0]!;
    const fromPoll = (await warehouse.listChanges(ctx, { cursor: null })).items[0]!;
    expect(fromHook.shipment?.shipmentRef).toBe(fromPoll.shipment?.shipmentRef);
    expect(fromHook).toMatchObject({ status: "shipped", shipment: { complete: true } });
  });

  it("refuses a webhook that is not wemalo's envelope", async () => {
    const bad: InboundWebhook = { headers: {}, body: '{"hello":1}', receivedAt: new Date() };
    expect(webhooks.verify(bad, "t")).toBe(false);
    await expect(webhooks.parse(ctx, bad)).rejects.toMatchObject({ name: "PartnerError", kind: "permanent" });
    const noOrder: InboundWebhook = { headers: {}, body: JSON.stringify({ token: "t", eventData: { goodsOrderId: 1, goodsOrderParcelId: 2 } }), receivedAt: new Date() };
    await expect(webhooks.parse(ctx, noOrder)).rejects.toMatchObject({ kind: "permanent", message: expect.stringContaining("goodsOrderExternalId") });
  });
});
