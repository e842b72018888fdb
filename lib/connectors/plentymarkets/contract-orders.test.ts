import { describe, expect, it } from "vitest";
import type { Order } from "@/lib/orders";
import { demoDelivery } from "@/lib/sandbox/plentymarkets";
import { plentymarketsConnector } from "./index";
import { harnessPerTest } from "./testing";

const start = harnessPerTest();
const source = plentymarketsConnector.source!;

describe("plentymarkets listReadyOrders", () => {
  it("lists every order in status 5 of the configured warehouse and plentyID, across pages", async () => {
    const h = await start();
    const ready = h.sim.control.createOrders(7);
    h.sim.control.createOrders(2, { statusId: 5.1 });
    h.sim.control.createOrder({ warehouseId: 1 });
    h.sim.control.createOrder({ plentyId: 999 });

    const seen: Order[] = [];
    let cursor: string | null = null;
    let calls = 0;
    for (;;) {
      const page = await source.listReadyOrders(h.ctx, { cursor, limit: 3 });
      seen.push(...page.items);
      cursor = page.nextCursor;
      calls += 1;
      if (!page.hasMore) break;
    }
    expect(seen.map((o) => o.sourceRef)).toEqual(ready.map((o) => String(o.id)));
    expect(calls).toBe(3);
    const listed = h.sim.control.requests().filter((r) => r.path === "/rest/orders");
    expect(listed.every((r) => r.query.includes("statusFrom=5&statusTo=5") && r.query.includes("warehouseId=104"))).toBe(true);
  });

  it("reads the next orders from page 1 once the first ones were acknowledged", async () => {
    const h = await start();
    h.sim.control.createOrders(5);
    const first = await source.listReadyOrders(h.ctx, { cursor: null, limit: 2 });
    for (const order of first.items) await source.acknowledge(h.ctx, { order });
    const second = await source.listReadyOrders(h.ctx, { cursor: first.nextCursor, limit: 2 });
    expect(second.items).toHaveLength(2);
    expect(second.items.map((o) => o.sourceRef)).not.toEqual(first.items.map((o) => o.sourceRef));
    expect(h.sim.control.requests().filter((r) => r.path === "/rest/orders").at(-1)?.query).toContain("page=1");
  });

  it("maps the order with its items, invoice and delivery address and non-ASCII names", async () => {
    const h = await start();
    const created = h.sim.control.createOrder({ delivery: demoDelivery, externalOrderId: "SHOP-77" });
    const { items } = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(items).toHaveLength(1);
    const order = items[0]!;
    expect(order).toMatchObject({
      sourceRef: String(created.id),
      externalOrderNumber: "SHOP-77",
      currency: "EUR",
      shippingMethod: { code: "6" },
      paymentState: "paid",
      invoiceAddress: { company: "Müller & Söhne GmbH", firstName: "Jürgen", lastName: "Größmann", countryCode: "DE" },
      deliveryAddress: { firstName: "Åsa", lastName: "Øberg-Lindström", careOf: "c/o Café Ångström", city: "Malmö", countryCode: "SE" },
    });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([["TS-BLK-M", 2, "19.99"], ["CAP-GRN", 1, "9.99"]]);
    expect(order.totals).toMatchObject({ subtotal: "49.97", shipping: "4.90", total: "54.87" });
  });

  it("skips an order it cannot map and lists the rest", async () => {
    const h = await start();
    const bad = h.sim.control.createOrder({ delivery: { ...demoDelivery, countryId: 999 } });
    const good = h.sim.control.createOrder();
    const { items } = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(items.map((o) => o.sourceRef)).toEqual([String(good.id)]);
    expect(h.sim.control.statusOf(bad.id)).toBe(5);
  });
});

describe("plentymarkets status write-back", () => {
  it("acknowledges with 5.1, and reports address and stock problems with 6.2 and 6.3", async () => {
    const h = await start();
    const [a, b, c] = h.sim.control.createOrders(3).map((o) => ({ sourceRef: String(o.id), orderNumber: String(o.id) }));
    await source.acknowledge(h.ctx, { order: a! });
    await source.acknowledge(h.ctx, { order: a! });
    await source.reportProblem(h.ctx, { order: b!, problem: "address", message: "Hausnummer fehlt" });
    await source.reportProblem(h.ctx, { order: c!, problem: "stock", message: "CAP-GRN: 0 left" });
    expect([a, b, c].map((o) => h.sim.control.statusOf(Number(o!.sourceRef)))).toEqual([5.1, 6.2, 6.3]);
    expect(h.sim.control.statusHistory(Number(a!.sourceRef)).map((e) => e.statusId)).toEqual([5, 5.1]);
  });

  it("uses the statuses configured for the connection", async () => {
    const h = await start();
    const o = h.sim.control.createOrder();
    const ctx = h.contextFor({}, { acknowledgedStatus: "5.2" });
    await source.acknowledge(ctx, { order: { sourceRef: String(o.id), orderNumber: String(o.id) } });
    expect(h.sim.control.statusOf(o.id)).toBe(5.2);
  });
});

describe("plentymarkets cancellations and returns", () => {
  it("lists orders in 8, then sets 8.8 once handled so they are not listed again", async () => {
    const h = await start();
    const [a, b] = h.sim.control.createOrders(2);
    h.sim.control.createOrder();
    h.sim.control.cancelOrder(a!.id);
    h.sim.control.cancelOrder(b!.id);
    const page = await source.listCancellations(h.ctx, { cursor: null });
    expect(page.items.map((c) => [c.order.sourceRef, c.sourceStatus])).toEqual([[String(a!.id), "8"], [String(b!.id), "8"]]);

    await source.acknowledgeCancellation(h.ctx, { order: page.items[0]!.order, result: { outcome: "cancelled" } });
    await source.acknowledgeCancellation(h.ctx, { order: page.items[1]!.order, result: { outcome: "too_late" } });
    expect(h.sim.control.statusOf(a!.id)).toBe(8.8);
    expect(h.sim.control.statusOf(b!.id)).toBe(8.8);
    expect((await source.listCancellations(h.ctx, { cursor: null })).items).toEqual([]);
  });

  it("sets a configured too-late status, and picks up 8.1 when configured", async () => {
    const h = await start();
    const [a, b] = h.sim.control.createOrders(2);
    h.sim.control.cancelOrder(a!.id, 8.1);
    h.sim.control.cancelOrder(b!.id);
    const ctx = h.contextFor({}, { cancelledStatuses: "8, 8.1", cancellationTooLateStatus: "5.6" });
    const page = await source.listCancellations(ctx, { cursor: null });
    expect(page.items.map((c) => c.sourceStatus)).toEqual(["8.1", "8"]);
    await source.acknowledgeCancellation(ctx, { order: page.items[0]!.order, result: { outcome: "too_late", message: "picking started" } });
    expect(h.sim.control.statusOf(a!.id)).toBe(5.6);
  });

  it("lists returns in 9 with their SKUs and marks them handled with the configured status", async () => {
    const h = await start();
    const o = h.sim.control.createOrder();
    h.sim.control.returnOrder(o.id);
    const ctx = h.contextFor({}, { returnHandledStatus: "9.01" });
    const page = await source.listReturns(ctx, { cursor: null });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ returnRef: String(o.id), received: false });
    expect(page.items[0]!.lines.map((l) => [l.sku, l.quantity])).toEqual([["TS-BLK-M", 2], ["CAP-GRN", 1]]);
    await source.acknowledgeReturn!(ctx, { ret: page.items[0]! });
    expect(h.sim.control.statusOf(o.id)).toBe(9.01);
    expect((await source.listReturns(ctx, { cursor: null })).items).toEqual([]);
  });
});
