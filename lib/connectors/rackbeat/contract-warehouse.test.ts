import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caught, orderFixture, rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";

const ops = rackbeatConnector.warehouse!;

describe("Rackbeat connector receiving orders (Webshipper → Rackbeat), over HTTP", () => {
  let h: RackbeatHarness;
  beforeEach(async () => {
    h = await rackbeatHarness();
  });
  afterEach(() => h.close());

  it("creates missing products and the customer, stores and books the order once", async () => {
    const first = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "3" });
    expect(first).toMatchObject({ created: true, status: "accepted" });
    expect(h.sim.control.products().map((p) => [p.number, p.name, p.physical.weight]).sort()).toEqual([
      ["CAP-GRN", "Cap Grün", 90],
      ["TS-BLK-M", "T-Shirt Schwarz M – Bio-Baumwolle", 180],
    ]);
    expect(h.sim.control.customers()).toEqual([expect.objectContaining({ name: "Müller & Söhne GmbH", contact_email: "juergen.grossmann@example.de" })]);
    const order = h.sim.control.order(Number(first.warehouseRef));
    expect(order).toMatchObject({ is_booked: true, their_reference: "4711", delivery_terms: { id: 3 } });
    expect(order.delivery_address).toMatchObject({ name: "Åsa Øberg-Lindström", street: "Storgatan 5B", city: "Malmö", country: "SE" });

    const again = await ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "3" });
    expect(again).toEqual({ ...first, created: false });
    expect([h.sim.control.orders().length, h.sim.control.customers().length, h.sim.control.products().length]).toEqual([1, 1, 2]);
  });

  it("reuses products and customers Rackbeat already has", async () => {
    h.sim.control.addProduct({ number: "TS-BLK-M", name: "Existing shirt" });
    h.sim.control.addCustomer({ name: "Known", email: "juergen.grossmann@example.de" });
    await ops.submitOrder(h.ctx, { order: orderFixture() });
    expect(h.sim.control.products().find((p) => p.number === "TS-BLK-M")!.name).toBe("Existing shirt");
    expect(h.sim.control.customers()).toHaveLength(1);
  });

  it("an unknown delivery term is needs_merchant (unmapped)", async () => {
    const error = await caught(ops.submitOrder(h.ctx, { order: orderFixture(), shippingCode: "99" }));
    expect([error.kind, error.reason]).toEqual(["needs_merchant", "unmapped"]);
  });

  it("cancel before shipping, too late after, not_found for strangers; listChanges reports what moved", async () => {
    const a = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "A" }) });
    const b = await ops.submitOrder(h.ctx, { order: orderFixture({ orderNumber: "B" }) });
    expect(await ops.cancelOrder(h.ctx, { order: { sourceRef: "A", orderNumber: "A" } })).toEqual({ outcome: "cancelled" });
    expect((await ops.cancelOrder(h.ctx, { order: { sourceRef: "A", orderNumber: "A", warehouseRef: a.warehouseRef } })).outcome).toBe("already_cancelled");
    h.clock.advance(60_000);
    const s = h.sim.control.createShipment(Number(b.warehouseRef), [{ productNumber: "CAP-GRN", quantity: 1 }]);
    h.sim.control.markShipped(s.id);
    expect((await ops.cancelOrder(h.ctx, { order: { sourceRef: "B", orderNumber: "B" } })).outcome).toBe("too_late");
    expect((await ops.cancelOrder(h.ctx, { order: { sourceRef: "C", orderNumber: "C" } })).outcome).toBe("not_found");

    const changes = await ops.listChanges(h.ctx, { cursor: null });
    expect(changes.items.map((c) => [c.order.orderNumber, c.status])).toEqual([["A", "cancelled"], ["B", "partially_shipped"]]);
    const none = await ops.listChanges(h.ctx, { cursor: changes.nextCursor });
    expect(none.items.map((c) => c.order.orderNumber)).toEqual(["B"]);
  });

  it("getOrderStatus reads one order by our order number; a stranger is null", async () => {
    const sent = await ops.submitOrder(h.ctx, { order: orderFixture() });
    const s = h.sim.control.createShipment(Number(sent.warehouseRef));
    h.sim.control.markShipped(s.id);
    expect(await ops.getOrderStatus!(h.ctx, { order: { sourceRef: "4711", orderNumber: "4711" } })).toMatchObject({
      order: { orderNumber: "4711", warehouseRef: sent.warehouseRef },
      status: "shipped",
      partnerStatus: { code: "is_shipped" },
    });
    expect(await ops.getOrderStatus!(h.ctx, { order: { sourceRef: "x", orderNumber: "NOPE" } })).toBeNull();
  });
});
