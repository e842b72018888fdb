import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Shipment } from "@/lib/orders";
import type { VendreOrder } from "@/lib/sandbox/vendre";
import { vendreConnector } from "./index";
import { vendreHarness, type VendreHarness } from "./testing";

const source = vendreConnector.source!;

function shipment(order: VendreOrder, parcels: { number: string; url?: string }[], complete = true): Shipment {
  return {
    shipmentRef: `S-${order.id}-${parcels.map((p) => p.number).join("+")}`,
    orderNumber: String(order.id),
    shippedAt: "2026-01-05T12:00:00Z",
    parcels: parcels.map((p) => ({ trackingNumber: p.number, carrier: "PostNord", trackingUrl: p.url })),
    lines: [{ sku: "47-0956", quantity: 1 }],
    complete,
  };
}

describe("Vendre connector against the simulator: tracking write-back and the e-mail rule (seed 000)", () => {
  let h: VendreHarness;
  let order: VendreOrder;
  let ref: { sourceRef: string; orderNumber: string };
  beforeEach(async () => {
    h = await vendreHarness();
    order = h.sim.control.addOrder({ status: 2 });
    ref = { sourceRef: String(order.id), orderNumber: String(order.id) };
  });
  afterEach(() => h.close());

  it("writes the package, then sets Shipped so that Vendre e-mails the customer with the package number", async () => {
    await source.writeShipment(h.ctx, { order: ref, shipment: shipment(order, [{ number: "00370712345678901234", url: "https://tracking.postnord.com/se/?id=00370712345678901234" }]), status: "shipped" });
    const held = h.sim.control.order(order.id)!;
    expect(held.packages).toMatchObject([
      { package_number: "00370712345678901234", carrier: "PostNord", tracking_link: "https://tracking.postnord.com/se/?id=00370712345678901234", products: [{ model: "47-0956", quantity: 1 }] },
    ]);
    expect(held.status).toBe(3);
    expect(h.sim.control.mails()).toEqual([{ orderId: order.id, to: "asa.oberg@example.se", status: 3, packages: ["00370712345678901234"], at: expect.any(String) }]);
    const calls = h.sim.control.requests().map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([`GET /orders/${order.id}`, `POST /orders/${order.id}/packages`, `PUT /orders/${order.id}`]);
  });

  it("writing the same shipment again adds no package and sends no second e-mail", async () => {
    const input = { order: ref, shipment: shipment(order, [{ number: "P-1" }, { number: "P-2" }]), status: "shipped" as const };
    await source.writeShipment(h.ctx, input);
    await source.writeShipment(h.ctx, input);
    expect(h.sim.control.order(order.id)!.packages.map((p) => p.package_number)).toEqual(["P-1", "P-2"]);
    expect(h.sim.control.mails()).toHaveLength(1);
  });

  it("with 'the 3PL e-mails the customer', updates Vendre without an e-mail", async () => {
    await source.writeShipment(h.contextFor({}, { customerEmail: "warehouse" }), { order: ref, shipment: shipment(order, [{ number: "P-9" }]), status: "shipped" });
    expect(h.sim.control.order(order.id)!.status).toBe(3);
    expect(h.sim.control.order(order.id)!.status_history.at(-1)).toMatchObject({ status: 3, customer_notified: false });
    expect(h.sim.control.mails()).toEqual([]);
    expect(h.sim.control.requests().find((r) => r.method === "PUT")!.body).toEqual({ status: 3, notify_customer: false });
  });

  it("a partial shipment writes its package and keeps the status unless a partly-shipped status is set", async () => {
    await source.writeShipment(h.ctx, { order: ref, shipment: shipment(order, [{ number: "P-A" }], false), status: "partially_shipped" });
    expect(h.sim.control.order(order.id)!).toMatchObject({ status: 2, packages: [{ package_number: "P-A" }] });
    await source.writeShipment(h.contextFor({}, { partiallyShippedStatus: 6 }), { order: ref, shipment: shipment(order, [{ number: "P-B" }], false), status: "partially_shipped" });
    expect(h.sim.control.order(order.id)!.status).toBe(6);
  });

  it("lists cancellations in the configured status and moves them on once handled", async () => {
    const settings = { cancelledStatus: 4, cancellationHandledStatus: 7 };
    const ctx = h.contextFor({}, settings);
    expect((await source.listCancellations(h.ctx, { cursor: null })).items).toEqual([]);
    h.sim.control.setStatus(order.id, 4);
    const page = await source.listCancellations(ctx, { cursor: null });
    expect(page.items).toMatchObject([{ order: ref, sourceStatus: "4" }]);
    await source.acknowledgeCancellation(ctx, { order: ref, result: { outcome: "too_late", message: "warehouse has started" } });
    expect(h.sim.control.order(order.id)!.status).toBe(7);
    expect((await source.listCancellations(ctx, { cursor: null })).items).toEqual([]);
  });
});
