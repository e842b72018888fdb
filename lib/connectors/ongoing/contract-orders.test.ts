import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ongoingConnector } from "./index";
import { caught, FIXTURE_SKUS, type OngoingHarness, ongoingHarness, orderFixture } from "./testing";

const warehouse = ongoingConnector.warehouse!;

describe("Ongoing connector against the simulator: connection and orders", () => {
  let h: OngoingHarness;
  beforeEach(async () => {
    h = await ongoingHarness();
    for (const sku of FIXTURE_SKUS) h.sim.control.setStock(sku, 10);
  });
  afterEach(() => h.close());

  it("tests the connection: goods owner, statuses, transporters and warehouses", async () => {
    const result = await ongoingConnector.testConnection(h.ctx);
    expect(result.account).toEqual({ id: "159", name: "REST example" });
    expect(result.discovered.statuses?.map((s) => s.id)).toEqual(["150", "200", "300", "320", "400", "450", "500", "800", "1000"]);
    expect(result.discovered.shippingProfiles).toContainEqual({
      id: "PLAB:P18",
      label: "PostNord Sweden AB: PostNord Parcel (Nordic)",
      details: { transporterCode: "PLAB", serviceCode: "P18" },
    });
    expect(result.discovered.warehouses).toEqual([{ id: "1", label: "Sandbox warehouse", details: { code: "SBX" } }]);
    const auth = h.log.entries[0]!.requestHeaders.authorization;
    expect(auth).toBe("[redacted]");
  });

  it("turns a wrong password or a foreign goods owner into needs_merchant", async () => {
    const wrongPassword = await caught(ongoingConnector.testConnection(h.contextFor({ password: "wrong" })));
    expect(wrongPassword).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected", status: 401 });
    const otherOwner = await caught(ongoingConnector.testConnection(h.contextFor({ goodsOwnerId: 160 })));
    expect(otherOwner.kind).toBe("needs_merchant");
    expect(h.log.entries.every((e) => !JSON.stringify(e).includes("wrong"))).toBe(true);
  });

  it("submits an order, and a second submit updates the same one", async () => {
    const order = orderFixture();
    const first = await warehouse.submitOrder(h.ctx, { order, shippingCode: "PLAB:P19" });
    expect(first).toMatchObject({ status: "accepted", created: true });
    const again = await warehouse.submitOrder(h.ctx, { order: { ...order, notes: "Ring på" }, shippingCode: "PLAB:P19" });
    expect(again).toEqual({ warehouseRef: first.warehouseRef, status: "accepted", created: false });

    const held = h.sim.control.orders();
    expect(held).toHaveLength(1);
    expect(held[0]!.orderInfo).toMatchObject({ orderNumber: "4711", orderRemark: "Ring på", goodsOwnerOrderId: "4711" });
    expect(held[0]!.consignee).toMatchObject({ name: "Åsa Øberg-Lindström", address2: "c/o Café Ångström", city: "Malmö", countryCode: "SE" });
    expect(held[0]!.consignee.invoiceAddress).toMatchObject({ name: "Müller & Söhne GmbH", address2: "Att. Jürgen Größmann", city: "Stuttgart", countryCode: "DE" });
    expect(held[0]!.orderLines.map((l) => [l.rowNumber, l.article.articleNumber, l.orderedNumberOfItems])).toEqual([
      ["9001", "TS-BLK-M", 2],
      ["9002", "CAP-GRN", 1],
    ]);
  });

  it("says which SKU Ongoing does not know", async () => {
    const order = orderFixture();
    order.lines = [...order.lines, { lineRef: "9003", sku: "GHOST-1", name: "Okänd", quantity: 1, unitPrice: "10.00" }];
    const error = await caught(warehouse.submitOrder(h.ctx, { order }));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "unknown_sku" });
    expect(error.message).toContain("unknown SKU GHOST-1");
    expect(error.message).not.toContain("TS-BLK-M");
    expect(h.sim.control.orders()).toHaveLength(0);
  });

  it("treats a resubmit after the warehouse started as the existing order", async () => {
    const order = orderFixture();
    const first = await warehouse.submitOrder(h.ctx, { order });
    h.sim.control.allocate("4711");
    h.sim.control.pick("4711");
    const again = await warehouse.submitOrder(h.ctx, { order });
    expect(again).toEqual({ warehouseRef: first.warehouseRef, status: "packed", created: false });
    expect(h.sim.control.orders()).toHaveLength(1);
  });

  it("cancels while open, says too late once started, and knows cancelled and unknown orders", async () => {
    const a = await warehouse.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "C-1" }) });
    await warehouse.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "C-2" }) });

    expect(await warehouse.cancelOrder(h.ctx, { order: { sourceRef: "1", orderNumber: "C-1", warehouseRef: a.warehouseRef } })).toEqual({ outcome: "cancelled" });
    expect(h.sim.control.order("C-1")!.orderInfo.orderStatus.number).toBe(1000);
    expect(await warehouse.cancelOrder(h.ctx, { order: { sourceRef: "1", orderNumber: "C-1" } })).toEqual({ outcome: "already_cancelled" });

    h.sim.control.allocate("C-2");
    const late = await warehouse.cancelOrder(h.ctx, { order: { sourceRef: "2", orderNumber: "C-2" } });
    expect(late.outcome).toBe("too_late");
    expect(late.message).toMatch(/already started.*320 Allocated/);
    expect(h.sim.control.order("C-2")!.orderInfo.orderStatus.number).toBe(320);

    expect(await warehouse.cancelOrder(h.ctx, { order: { sourceRef: "3", orderNumber: "NOPE" } })).toMatchObject({ outcome: "not_found" });
  });

  it("reads one order's current state", async () => {
    const { warehouseRef } = await warehouse.submitOrder(h.ctx, { order: orderFixture() });
    h.sim.control.ship("4711", { waybill: "UA1" });
    const change = await warehouse.getOrderStatus!(h.ctx, { order: { sourceRef: "4711", orderNumber: "4711", warehouseRef } });
    expect(change).toMatchObject({ status: "shipped", partnerStatus: { code: "450", label: "Sent" } });
    expect(await warehouse.getOrderStatus!(h.ctx, { order: { sourceRef: "x", orderNumber: "NOPE" } })).toBeNull();
  });
});
