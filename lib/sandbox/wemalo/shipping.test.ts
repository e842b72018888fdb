import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveFetchHandler, type RunningServer } from "../http-server";
import { sampleOrder, sampleProducts, startSimulator, type SimulatorHarness } from "./testing";

let h: SimulatorHarness;
let clock = new Date("2026-03-02T09:00:00Z");
beforeEach(async () => {
  clock = new Date("2026-03-02T09:00:00Z");
  h = await startSimulator({ now: () => clock, pageSize: 2 });
  await h.call("POST", "/product/addMultiple", sampleProducts);
  await h.call("POST", "/goodsOrder/addConditional", sampleOrder("SO-1"));
});
afterEach(() => h.close());

describe("wemalo simulator: shipping", () => {
  it("ships two parcels with a tracking number each", async () => {
    h.sim.control.ship("SO-1", [{ trackingNumber: "TRK-A", lines: [{ sku: "SKU-1", quantity: 2 }] }, { trackingNumber: "TRK-B", lines: [{ sku: "SKU-2", quantity: 1 }] }]);
    const packages = await h.call("GET", "/goodsOrder/packages?externalOrderId=SO-1");
    expect(packages.body.packages.map((p: { trackingNumber: string }) => p.trackingNumber)).toEqual(["TRK-A", "TRK-B"]);
    expect(packages.body.packages[0].items).toEqual([{ serialNumber: "", quantity: 2, name: "Tasse „Wiesbaden“", sku: "SKU-1" }]);
    const parcelId = packages.body.packages[1].id;
    expect((await h.call("GET", `/goodsOrder/package/${parcelId}/trackingNumber`)).body).toMatchObject({ trackingNumber: "TRK-B", carrier: "DHL", profileName: "DHL Paket National" });
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-1")).body).toMatchObject({ statusName: "SHIPPED", statusId: "500" });
  });

  it("marks bookings of a partial shipment with a status other than 500", async () => {
    h.sim.control.shipPart("SO-1", [{ sku: "SKU-1", quantity: 1 }], "TRK-1");
    let queue = await h.call("GET", "/goodsOrder/packages/sent/");
    expect(queue.body.bookings).toHaveLength(1);
    expect(queue.body.bookings[0]).toMatchObject({ trackingNumber: "TRK-1", count: 1, sku: "SKU-1", externalGoodsOrderId: "SO-1" });
    expect(queue.body.bookings[0].orderStatusId).not.toBe("500");
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-1")).body.statusName).toBe("INPROCESS");

    await h.call("PUT", `/goodsOrder/packages/sent/${queue.body.bookings[0].historyId}`);
    h.sim.control.ship("SO-1");
    queue = await h.call("GET", "/goodsOrder/packages/sent/");
    expect(queue.body.bookings.map((b: { sku: string; count: number; orderStatusId: string }) => [b.sku, b.count, b.orderStatusId])).toEqual([["SKU-1", 1, "500"], ["SKU-2", 1, "500"]]);
  });

  it("pages the sent packages by time range in German local time", async () => {
    for (const id of ["SO-2", "SO-3"]) await h.call("POST", "/goodsOrder/addConditional", sampleOrder(id));
    h.sim.control.ship("SO-1");
    clock = new Date("2026-03-02T10:00:00Z");
    h.sim.control.ship("SO-2");
    h.sim.control.ship("SO-3");
    // 10:00 UTC is 11:00 in Wiesbaden in March.
    const range = "dateFrom=02.03.2026%2011:00:00&dateTo=02.03.2026%2011:00:00";
    const first = await h.call("GET", `/goodsOrder/sentPackages/?${range}&page=0`);
    expect(first.body).toMatchObject({ page: 0, additionalPage: true });
    const second = await h.call("GET", `/goodsOrder/sentPackages/?${range}&page=1`);
    expect(second.body.additionalPage).toBe(false);
    const orders = [...first.body.bookings, ...second.body.bookings].map((b: { externalGoodsOrderId: string; bookingDate: string }) => [b.externalGoodsOrderId, b.bookingDate]);
    expect(orders).toEqual([["SO-2", "02.03.2026 11:00:00"], ["SO-2", "02.03.2026 11:00:00"], ["SO-3", "02.03.2026 11:00:00"], ["SO-3", "02.03.2026 11:00:00"]]);
    expect((await h.call("GET", "/goodsOrder/sentPackages/?dateFrom=2026-03-02")).status).toBe(400);
  });
});

describe("wemalo simulator: webhooks", () => {
  let receiver: RunningServer;
  const received: unknown[] = [];
  beforeEach(async () => {
    received.length = 0;
    receiver = await serveFetchHandler(async (request) => {
      received.push(await request.json());
      return new Response("ok");
    });
  });
  afterEach(() => receiver.close());

  it("registers, lists, replaces and removes hooks", async () => {
    const created = await h.call("POST", "/webhook/status_update", { payload: `${receiver.url}/hooks`, token: "secret-1", email: "ops@example.com" });
    expect(created.body).toMatchObject({ mode: "create", event: "status_update", token: "secret-1" });
    const updated = await h.call("POST", "/webhook/status_update", { payload: `${receiver.url}/hooks`, token: "secret-2" });
    expect(updated.body.mode).toBe("update");
    expect((await h.call("GET", "/webhook")).body.hooks).toEqual([{ payload: `${receiver.url}/hooks`, token: "secret-2", event: "status_update" }]);
    expect((await h.call("POST", "/webhook/order_paid", { payload: receiver.url, token: "x" })).status).toBe(400);
    expect((await h.call("DELETE", "/webhook/status_update")).status).toBe(200);
    expect((await h.call("GET", "/webhook")).body.hooks).toEqual([]);
  });

  it("posts status_update and trackingnumber_added with the registered token", async () => {
    await h.call("POST", "/webhook/status_update", { payload: `${receiver.url}/status`, token: "tok" });
    await h.call("POST", "/webhook/trackingnumber_added", { payload: `${receiver.url}/track`, token: "tok" });
    h.sim.control.pick("SO-1");
    const [parcel] = h.sim.control.ship("SO-1");
    const results = await h.sim.control.deliverWebhooks();
    expect(results.every((r) => r.ok)).toBe(true);
    const order = h.sim.control.order("SO-1")!;
    expect(received).toEqual([
      { token: "tok", eventData: expect.objectContaining({ orderId: order.id, externalId: "SO-1", orderNumber: "1", statusName: "READYFORSHIPMENT" }) },
      { token: "tok", eventData: expect.objectContaining({ externalId: "SO-1", statusName: "SHIPPED" }) },
      { token: "tok", eventData: { goodsOrderId: order.id, goodsOrderParcelId: parcel!.id, goodsOrderExternalId: "SO-1" } },
    ]);
  });

  it("keeps failed deliveries and unregisters a hook after ten failures", async () => {
    await h.call("POST", "/webhook/status_update", { payload: "http://127.0.0.1:9/down", token: "tok" });
    h.sim.control.addressError("SO-1");
    for (let i = 0; i < 9; i++) expect((await h.sim.control.deliverWebhooks({ timeoutMs: 500 }))[0]?.ok).toBe(false);
    expect(h.sim.control.webhooks()).toHaveLength(1);
    await h.sim.control.deliverWebhooks({ timeoutMs: 500 });
    expect(h.sim.control.webhooks()).toHaveLength(0);
    expect(h.sim.control.deliveries()).toHaveLength(0);
  });
});

describe("wemalo simulator: returns", () => {
  it("announces a return once and reports booked returns until acknowledged", async () => {
    const body = {
      deliveryNumber: "R-1", externalId: "RET-1", goodsOrderExternalId: "SO-1",
      sender: { name1: "Jürgen Weiß", street: "Unter den Eichen 5", zip: "65195", city: "Wiesbaden", country: "DE" },
      items: [{ externalId: "SKU-1", quantity: 1 }],
    };
    const first = await h.call("POST", "/returns/announceConditional", body);
    const second = await h.call("POST", "/returns/announceConditional", body);
    expect(second.body.id).toBe(first.body.id);
    expect((await h.call("POST", "/returns/announce", { ...body, externalId: "RET-2", items: [{ externalId: "NOPE", quantity: 1 }] })).body.errors[0]).toMatchObject({ type: "NOT_FOUND", field: "extId" });

    h.sim.control.ship("SO-1");
    h.sim.control.returnItems("SO-1", [{ sku: "SKU-1", quantity: 1 }], { reasonCode: "damaged" });
    const booked = await h.call("GET", "/returns/booked?externalGoodsOrderId=SO-1");
    expect(booked.body.bookings[0]).toMatchObject({ goodsOrderExternalId: "SO-1", sku: "SKU-1", count: 1, reasonCode: "damaged", goodsReceiptExternalId: "RET-1" });
    await h.call("PUT", `/returns/booked/${booked.body.bookings[0].id}`);
    expect((await h.call("GET", "/returns/booked")).body.bookings).toEqual([]);
  });
});

describe("wemalo simulator: orders moving on", () => {
  it("steps an order along the happy path on command", async () => {
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      h.sim.control.advance("SO-1");
      seen.push(h.sim.control.order("SO-1")!.statusName);
    }
    expect(seen).toEqual(["INPROCESS", "INPICKING", "READYFORSHIPMENT", "PACKED", "SHIPPED"]);
    expect(h.sim.control.order("SO-1")!.parcels).toHaveLength(1);
  });

  it("moves orders on by itself as time passes", async () => {
    await h.close();
    h = await startSimulator({ now: () => clock, autoAdvanceMs: 60_000 });
    await h.call("POST", "/product/addMultiple", sampleProducts);
    await h.call("POST", "/goodsOrder/addConditional", sampleOrder("SO-9"));
    clock = new Date(clock.getTime() + 2 * 60_000 + 1);
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-9")).body.statusName).toBe("INPICKING");
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-9")).body.statusName).toBe("SHIPPED");
    expect((await h.call("GET", "/goodsOrder/packages?externalOrderId=SO-9")).body.packages).toHaveLength(1);
  });
});
