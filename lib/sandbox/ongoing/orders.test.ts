import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startOngoing, testClock, type OngoingTestServer } from "./testing";

const GO = 159;
const order = (orderNumber: string, lines: [string, number][] = [["SKU-1", 2]]) => ({
  goodsOwnerId: GO,
  orderNumber,
  deliveryDate: "2025-03-02",
  consignee: { name: "Åsa Öberg", address1: "Storgatan 1", postCode: "11122", city: "Stockholm", countryCode: "SE" },
  orderLines: lines.map(([articleNumber, numberOfItems], i) => ({ rowNumber: String(i + 1), articleNumber, numberOfItems })),
});

describe("Ongoing simulator: orders", () => {
  let t: OngoingTestServer;
  const clock = testClock();
  beforeEach(async () => {
    t = await startOngoing({ now: clock.now });
    for (const sku of ["SKU-1", "SKU-2"]) await t.call("PUT", "/articles", { goodsOwnerId: GO, articleNumber: sku, articleName: sku });
  });
  afterEach(() => t.close());

  it("refuses requests without or with wrong Basic credentials", async () => {
    expect((await t.call("GET", "/orders/statuses", undefined, null)).status).toBe(401);
    const wrong = await t.call("GET", "/orders/statuses", undefined, { username: "WSI-sandbox", password: "nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ Message: "Authorization has been denied for this request." });
    const ok = await t.call("GET", `/orders/statuses?goodsOwnerId=${GO}`);
    expect(ok.body.orderStatuses.map((s: { number: number }) => s.number)).toEqual([150, 200, 300, 320, 400, 450, 500, 800, 1000]);
  });

  it("requires the user's own goods owner on list endpoints", async () => {
    expect((await t.call("GET", "/orders")).status).toBe(400);
    expect((await t.call("GET", "/orders?goodsOwnerId=160")).status).toBe(401);
    expect((await t.call("PUT", "/orders", { ...order("X-1"), goodsOwnerId: 160 })).status).toBe(401);
  });

  it("upserts by order number: the second PUT updates the same order", async () => {
    const first = await t.call("PUT", "/orders", order("SO-1"));
    expect(first.status).toBe(201);
    expect(first.body.message).toContain("SO-1");
    const second = await t.call("PUT", "/orders", order("SO-1", [["SKU-2", 5]]));
    expect(second.status).toBe(200);
    expect(second.body.orderId).toBe(first.body.orderId);
    const all = await t.call("GET", `/orders?goodsOwnerId=${GO}`);
    expect(all.body).toHaveLength(1);
    expect(all.body[0].orderLines[0].article.articleNumber).toBe("SKU-2");
    expect(all.body[0].orderLines[0].orderedNumberOfItems).toBe(5);
    expect(all.body[0].consignee.name).toBe("Åsa Öberg");
  });

  it("rejects an order whose article does not exist, and a body without required fields", async () => {
    const unknown = await t.call("PUT", "/orders", order("SO-2", [["NOPE", 1]]));
    expect(unknown.status).toBe(400);
    expect(unknown.body.Message).toContain("NOPE");
    const invalid = await t.call("PUT", "/orders", { goodsOwnerId: GO, orderNumber: "SO-3" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.ModelState)).toEqual(expect.arrayContaining(["model.deliveryDate", "model.consignee"]));
    expect(t.sim.control.orders()).toHaveLength(0);
  });

  it("cancels only while the warehouse has not started", async () => {
    const a = (await t.call("PUT", "/orders", order("SO-A"))).body.orderId;
    const b = (await t.call("PUT", "/orders", order("SO-B"))).body.orderId;
    t.sim.control.release("SO-A");
    const cancelled = await t.call("DELETE", `/orders/${a}`);
    expect(cancelled.status).toBe(200);
    expect(t.sim.control.order(a)?.orderInfo.orderStatus).toEqual({ number: 1000, text: "Cancelled" });

    t.sim.control.allocate("SO-B");
    const late = await t.call("DELETE", `/orders?goodsOwnerId=${GO}&orderNumber=SO-B`);
    expect(late.status).toBe(400);
    expect(late.body.Message).toMatch(/started/);
    expect((await t.call("PUT", "/orders", order("SO-B"))).status).toBe(400);
    expect(t.sim.control.order(b)?.orderInfo.orderStatus.number).toBe(320);
    expect((await t.call("GET", "/orders/999999")).status).toBe(404);
  });

  it("pages with orderIdFrom + maxOrdersToGet in ascending orderId", async () => {
    for (let i = 1; i <= 5; i++) await t.call("PUT", "/orders", order(`P-${i}`));
    const seen: string[] = [];
    let from = 0;
    for (let pages = 0; pages < 10; pages++) {
      const page = await t.call("GET", `/orders?goodsOwnerId=${GO}&orderIdFrom=${from}&maxOrdersToGet=2`);
      seen.push(...page.body.map((o: { orderInfo: { orderNumber: string } }) => o.orderInfo.orderNumber));
      if (page.body.length < 2) break;
      from = Math.max(...page.body.map((o: { orderInfo: { orderId: number } }) => o.orderInfo.orderId)) + 1;
    }
    expect(seen).toEqual(["P-1", "P-2", "P-3", "P-4", "P-5"]);
  });

  it("filters on status change time, status range and repeated orderNumbers", async () => {
    await t.call("PUT", "/orders", order("T-1"));
    await t.call("PUT", "/orders", order("T-2"));
    clock.advance(60_000);
    const since = clock.now().toISOString();
    clock.advance(1_000);
    t.sim.control.ship("T-2");
    const changed = await t.call("GET", `/orders?goodsOwnerId=${GO}&orderStatusChangedTimeFrom=${encodeURIComponent(since)}`);
    expect(changed.body.map((o: { orderInfo: { orderNumber: string } }) => o.orderInfo.orderNumber)).toEqual(["T-2"]);
    const shipped = await t.call("GET", `/orders?goodsOwnerId=${GO}&orderStatusFrom=450&orderStatusTo=500`);
    expect(shipped.body).toHaveLength(1);
    const both = await t.call("GET", `/orders?goodsOwnerId=${GO}&orderNumbers=T-1&orderNumbers=T-2`);
    expect(both.body).toHaveLength(2);
    expect((await t.call("GET", `/orders?goodsOwnerId=${GO}&orderIdFrom=abc`)).status).toBe(400);
  });

  it("ships with parcels, waybill, transporter and tracking", async () => {
    await t.call("PUT", "/orders", { ...order("S-1", [["SKU-1", 2], ["SKU-2", 1]]), transporter: { transporterCode: "PLAB", transporterServiceCode: "P19" } });
    const { order: shipped, backOrder } = t.sim.control.ship("S-1", { parcels: 2, waybill: "UA123" });
    expect(backOrder).toBeNull();
    const got = (await t.call("GET", `/orders/${shipped.orderInfo.orderId}`)).body;
    expect(got.orderInfo.orderStatus).toEqual({ number: 450, text: "Sent" });
    expect(got.orderInfo.wayBill).toBe("UA123");
    expect(got.orderInfo.shippedTime).not.toBeNull();
    expect(got.parcels).toHaveLength(2);
    expect(got.transporter).toEqual({ transporterName: "PostNord Sweden AB", name: "PostNord MyPack Collect", code: "PLAB", serviceCode: "P19" });
    expect(got.tracking[0]).toMatchObject({ waybill: "UA123", trackingUrl: expect.stringContaining("postnord") });
    const parcelOfLine = got.orderLines.map((l: { pickedArticleItems: { parcel: { id: number } }[] }) => l.pickedArticleItems[0]!.parcel.id);
    expect(new Set(parcelOfLine)).toEqual(new Set(got.parcels.map((p: { id: number }) => p.id)));
  });

  it("ships in part and puts the rest on a back order", async () => {
    await t.call("PUT", "/orders", order("PS-1", [["SKU-1", 3], ["SKU-2", 2]]));
    const { order: first, backOrder } = t.sim.control.ship("PS-1", { lines: [{ articleNumber: "SKU-1", quantity: 1 }, { articleNumber: "SKU-2", quantity: 2 }] });
    expect(first.orderLines.map((l) => l.pickedNumberOfItems)).toEqual([1, 2]);
    expect(backOrder).not.toBeNull();
    expect(backOrder!.orderInfo.advanced.backOrderInfo).toEqual({ backOrderForOrderId: first.orderInfo.orderId });
    expect(backOrder!.orderLines.map((l) => [l.article.articleNumber, l.orderedNumberOfItems])).toEqual([["SKU-1", 2]]);
    const backs = await t.call("GET", `/orders?goodsOwnerId=${GO}&backOrderForOrderId=${first.orderInfo.orderId}`);
    expect(backs.body).toHaveLength(1);
  });

  it("writes tracking through PUT /orders/{id}/orderTracking", async () => {
    const id = (await t.call("PUT", "/orders", order("TR-1"))).body.orderId;
    const res = await t.call("PUT", `/orders/${id}/orderTracking`, { waybill: "W1", trackingUrl: "https://t.example/W1", isReturnTracking: false });
    expect(res.body).toEqual({ success: true, message: "" });
    expect(t.sim.control.order(id)?.tracking).toEqual([expect.objectContaining({ waybill: "W1", trackingUrl: "https://t.example/W1" })]);
  });

  it("answers unknown routes with 404 and wrong methods with 405", async () => {
    expect((await t.call("GET", "/nothing")).status).toBe(404);
    expect((await t.call("POST", "/orders", order("Z"))).status).toBe(405);
  });
});
