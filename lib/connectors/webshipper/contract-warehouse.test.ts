import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught, orderFixture, webshipperHarness, type WebshipperHarness } from "./testing";
import { webshipperConnector } from "./index";

const ops = webshipperConnector.warehouse!;

describe("Webshipper connector as warehouse, against the simulator over HTTP", () => {
  let h: WebshipperHarness;
  beforeEach(async () => {
    h = await webshipperHarness();
  });
  afterEach(() => h.close());

  it("testConnection names the order channel and discovers its shipping rates", async () => {
    const result = await webshipperConnector.testConnection(h.ctx);
    expect(result.account.name).toContain("Lagerbro");
    expect(result.discovered.shippingRates?.map((r) => r.id)).toEqual(["6", "7", "8"]);
    expect(result.discovered.shippingRates?.[1]?.details?.requiresDropPoint).toBe("true");
  });

  it("wrong token → needs_merchant; unknown order channel → needs_merchant", async () => {
    const bad = await caught(webshipperConnector.testConnection(h.contextFor({ apiToken: "wrong" })));
    expect([bad.kind, bad.reason, bad.status]).toEqual(["needs_merchant", "credentials_rejected", 401]);
    const channel = await caught(webshipperConnector.testConnection(h.contextFor({ orderChannelId: 404 })));
    expect([channel.kind, channel.reason]).toEqual(["needs_merchant", "not_found"]);
  });

  it("submitOrder creates once with ext_ref = order number; a retry returns the same order", async () => {
    const first = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    expect(first).toMatchObject({ created: true, status: "accepted" });
    const again = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    expect(again).toEqual({ ...first, created: false });
    const stored = h.sim.control.order(Number(first.warehouseRef)).attributes;
    expect([stored.ext_ref, stored.visible_ref, stored.order_lines.length]).toEqual(["4711", "SHOP-1001", 2]);
    expect(h.sim.control.orders()).toHaveLength(1);
  });

  it("an unmapped shipping method gives missing_rate → error_other; a bad address → error_address", async () => {
    const noRate = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "A-1" }) });
    expect(noRate.status).toBe("error_other");
    const order = orderFixture({ orderNumber: "A-2" });
    order.deliveryAddress = { ...order.deliveryAddress, firstName: undefined, lastName: undefined };
    const noName = await ops.submitOrder(h.ctx, { order, shippingCode: "6" });
    expect(noName.status).toBe("error_address");
  });

  it("cancelOrder cancels while pending, says already_cancelled, too_late once shipped, not_found for strangers", async () => {
    const a = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "C-1" }), shippingCode: "6" });
    const ref = { sourceRef: "x", orderNumber: "C-1", warehouseRef: a.warehouseRef };
    expect(await ops.cancelOrder(h.ctx, { order: ref })).toEqual({ outcome: "cancelled" });
    expect(await ops.cancelOrder(h.ctx, { order: ref })).toEqual({ outcome: "already_cancelled" });
    const b = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "C-2" }), shippingCode: "6" });
    h.sim.control.ship(Number(b.warehouseRef), [{ lines: [{ sku: "CAP-GRN", quantity: 1 }] }]);
    const late = await ops.cancelOrder(h.ctx, { order: { sourceRef: "y", orderNumber: "C-2" } });
    expect(late.outcome).toBe("too_late");
    expect((await ops.cancelOrder(h.ctx, { order: { sourceRef: "z", orderNumber: "NOPE" } })).outcome).toBe("not_found");
  });

  it("listChanges reports a partial shipment, then the rest, with tracking links and line refs", async () => {
    const sent = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "8" });
    h.sim.control.ship(Number(sent.warehouseRef), [{ lines: [{ sku: "TS-BLK-M", quantity: 2 }] }]);
    const first = await ops.listChanges(h.ctx, { cursor: null });
    expect(first.items).toHaveLength(1);
    const change = first.items[0]!;
    expect(change.status).toBe("partially_shipped");
    expect(change.shipment).toMatchObject({ orderNumber: "4711", complete: false, lines: [{ sku: "TS-BLK-M", quantity: 2, lineRef: "9001" }] });
    expect(change.shipment!.parcels[0]!.trackingUrl).toMatch(/^https:\/\/tracking\.postnord\.com/);

    h.clock.advance(60_000);
    h.sim.control.ship(Number(sent.warehouseRef));
    const second = await ops.listChanges(h.ctx, { cursor: first.nextCursor });
    const shipped = second.items.filter((c) => c.shipment?.complete);
    expect(shipped).toHaveLength(1);
    expect(shipped[0]!.status).toBe("shipped");
    expect(shipped[0]!.shipment!.lines).toEqual([{ sku: "CAP-GRN", quantity: 1, lineRef: "9002" }]);
  });

  it("listChanges walks more than one page of 30 and says when more are waiting", async () => {
    for (let i = 0; i < 33; i++) await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: `P-${i}` }), shippingCode: "6" });
    const first = await ops.listChanges(h.ctx, { cursor: null });
    expect([first.items.length, first.hasMore]).toEqual([30, true]);
    const second = await ops.listChanges(h.ctx, { cursor: first.nextCursor });
    expect([second.items.length, second.hasMore]).toEqual([3, false]);
    expect(new Set([...first.items, ...second.items].map((c) => c.order.orderNumber)).size).toBe(33);
  });

  it("getOrderStatus reads one order's latest state, error_class included", async () => {
    const sent = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "6" });
    h.sim.control.fail(Number(sent.warehouseRef), "carrier_downtime", "GLS is down");
    const status = await ops.getOrderStatus!(h.ctx, { order: { sourceRef: "4711", orderNumber: "4711" } });
    expect(status).toMatchObject({ status: "error_other", partnerStatus: { code: "error", label: "carrier_downtime" } });
    expect(status!.reason).toContain("GLS is down");
  });
});
