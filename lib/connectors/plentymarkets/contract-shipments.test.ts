import { describe, expect, it } from "vitest";
import type { Shipment } from "@/lib/orders";
import { multiParcelShipmentFixture, partialShipmentFixture } from "./fixtures";
import { plentymarketsConnector } from "./index";
import { harnessPerTest } from "./testing";

const start = harnessPerTest();
const source = plentymarketsConnector.source!;

function shipmentFor(orderId: number, fixture: Shipment): Shipment {
  return { ...fixture, orderNumber: String(orderId) };
}

describe("plentymarkets writeShipment", () => {
  it("writes one shipping package per parcel and sets 7 after a complete shipment", async () => {
    const h = await start();
    const o = h.sim.control.createOrder({ statusId: 5.1 });
    const order = { sourceRef: String(o.id), orderNumber: String(o.id) };
    await source.writeShipment(h.ctx, { order, shipment: shipmentFor(o.id, multiParcelShipmentFixture), status: "shipped" });

    expect(h.sim.control.packages(o.id).map((p) => [p.packageNumber, p.weight, p.packageId, p.packageType])).toEqual([
      ["00340434161234567890", 1200, 1, 26],
      ["00340434161234567906", 300, 1, 26],
    ]);
    expect(h.sim.control.statusOf(o.id)).toBe(7);
    // DHL is the order's profile already (6 = DHL Paket): the profile stays.
    const profile = (h.sim.control.getOrder(o.id).properties as { typeId: number; value: string }[]).find((p) => p.typeId === 2);
    expect(profile?.value).toBe("6");
  });

  it("writing the same shipment twice adds no package", async () => {
    const h = await start();
    const o = h.sim.control.createOrder({ statusId: 5.1 });
    const input = { order: { sourceRef: String(o.id), orderNumber: String(o.id) }, shipment: shipmentFor(o.id, multiParcelShipmentFixture), status: "shipped" as const };
    await source.writeShipment(h.ctx, input);
    h.sim.control.clearRequests();
    await source.writeShipment(h.ctx, input);
    expect(h.sim.control.packages(o.id)).toHaveLength(2);
    expect(h.calls().filter((c) => c.startsWith("POST") || c.startsWith("PUT"))).toEqual([]);
  });

  it("writes a partial shipment's parcel, keeps the status, and switches the shipping profile to the carrier", async () => {
    const h = await start();
    const o = h.sim.control.createOrder({ statusId: 5.1 });
    const order = { sourceRef: String(o.id), orderNumber: String(o.id) };
    await source.writeShipment(h.ctx, { order, shipment: shipmentFor(o.id, partialShipmentFixture), status: "partially_shipped" });
    expect(h.sim.control.packages(o.id).map((p) => p.packageNumber)).toEqual(["05222222222222"]);
    expect(h.sim.control.statusOf(o.id)).toBe(5.1);
    const profile = (h.sim.control.getOrder(o.id).properties as { typeId: number; value: string }[]).find((p) => p.typeId === 2);
    expect(profile?.value).toBe("7");

    // The rest follows: now the order is shipped.
    const rest: Shipment = {
      ...shipmentFor(o.id, partialShipmentFixture),
      shipmentRef: "wemalo-88233",
      parcels: [{ trackingNumber: "05222222222223", carrier: "DPD" }],
      lines: [{ sku: "CAP-GRN", quantity: 1 }],
      complete: true,
    };
    await source.writeShipment(h.ctx, { order, shipment: rest, status: "shipped" });
    expect(h.sim.control.packages(o.id).map((p) => p.packageNumber)).toEqual(["05222222222222", "05222222222223"]);
    expect(h.sim.control.statusOf(o.id)).toBe(7);
  });

  it("sets the configured partly-shipped status", async () => {
    const h = await start();
    const o = h.sim.control.createOrder({ statusId: 5.1 });
    const ctx = h.contextFor({}, { partiallyShippedStatus: "6" });
    await source.writeShipment(ctx, {
      order: { sourceRef: String(o.id), orderNumber: String(o.id) },
      shipment: shipmentFor(o.id, partialShipmentFixture),
      status: "partially_shipped",
    });
    expect(h.sim.control.statusOf(o.id)).toBe(6);
  });
});
