import { describe, expect, it } from "vitest";
import { toWebshipperOrder, fromWebshipperOrder } from "./map-order";
import { toChanges } from "./map-change";
import { canonicalStatus } from "./map-status";
import type { WsOrder, WsShipment } from "./schemas";
import { orderFixture, WS_ADDRESS } from "./testing";

const wsOrder = (over: Partial<WsOrder["attributes"]> = {}): WsOrder => ({
  id: "1001",
  type: "orders",
  attributes: {
    ext_ref: "RB-10041",
    visible_ref: "10041",
    status: "pending",
    currency: "DKK",
    shipping_rate_id: 8,
    delivery_address: WS_ADDRESS,
    billing_address: null,
    order_lines: [
      { id: 5001, ext_ref: "L1", sku: "ÆBLE-1", description: "Æblemost – økologisk", quantity: 2, unit_price: 49.95, vat_percent: 25, weight: 1.2, weight_unit: "kg" },
      { id: 5002, ext_ref: "L2", sku: "BÆR-2", description: "Blåbær", quantity: 1, unit_price: 20, vat_percent: 25, weight: 250, weight_unit: "g" },
    ],
    created_at: "2025-03-01T08:00:00.000Z",
    updated_at: "2025-03-01T08:05:00.000Z",
    ...over,
  },
});

describe("canonical order → Webshipper order", () => {
  it("keeps names as written, lines with SKU, name, weight and price, and no volume", () => {
    const doc = toWebshipperOrder(orderFixture(), { orderChannelId: 9, shippingRateId: "8" });
    const a = doc.data.attributes;
    expect(a.ext_ref).toBe("4711");
    expect(a.delivery_address).toMatchObject({ att_contact: "Åsa Øberg-Lindström", address_1: "Storgatan 5B", address_2: "c/o Café Ångström, Lägenhet 1102", zip: "211 41", city: "Malmö", country_code: "SE" });
    expect(a.billing_address.company_name).toBe("Müller & Söhne GmbH");
    expect(a.order_lines).toEqual([
      { ext_ref: "9001", sku: "TS-BLK-M", description: "T-Shirt Schwarz M – Bio-Baumwolle", quantity: 2, unit_price: 19.99, vat_percent: 19, weight: 180, weight_unit: "g" },
      { ext_ref: "9002", sku: "CAP-GRN", description: "Cap Grün", quantity: 1, unit_price: 4.12, vat_percent: 19, weight: 90, weight_unit: "g" },
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/dimensions|volume/);
    expect(doc.data.relationships.shipping_rate).toEqual({ data: { id: 8, type: "shipping_rates" } });
    expect(toWebshipperOrder(orderFixture(), { orderChannelId: 9 }).data.relationships.shipping_rate).toBeUndefined();
  });
});

describe("Webshipper order → canonical order", () => {
  it("maps addresses, kg to grams, prices to money strings, and the rate to the shipping method", () => {
    const mapped = fromWebshipperOrder(wsOrder(), { rateName: "PostNord MyPack Home" });
    if (!mapped.ok) throw new Error(mapped.reason);
    const o = mapped.order;
    expect([o.sourceRef, o.orderNumber, o.externalOrderNumber]).toEqual(["1001", "10041", "RB-10041"]);
    expect(o.deliveryAddress).toMatchObject({ firstName: "Søren", lastName: "Ærøskøbing", street: "Åboulevarden 12", city: "Århus C", countryCode: "DK" });
    expect(o.lines.map((l) => [l.sku, l.name, l.quantity, l.unitPrice, l.weightGrams])).toEqual([
      ["ÆBLE-1", "Æblemost – økologisk", 2, "49.95", 1200],
      ["BÆR-2", "Blåbær", 1, "20.00", 250],
    ]);
    expect(o.totals.total).toBe("119.90");
    expect(o.shippingMethod).toEqual({ code: "8", label: "PostNord MyPack Home" });
  });

  it("refuses an order without a usable address or with a line without SKU", () => {
    expect(fromWebshipperOrder(wsOrder({ delivery_address: { ...WS_ADDRESS, zip: null } })).ok).toBe(false);
    const noSku = wsOrder();
    noSku.attributes.order_lines[0]!.sku = null;
    expect(fromWebshipperOrder(noSku)).toMatchObject({ ok: false, reason: expect.stringContaining("SKU") });
  });
});

describe("Webshipper status and shipments → canonical changes", () => {
  it("maps every status, error_class address included", () => {
    expect(canonicalStatus("pending")).toBe("accepted");
    expect(canonicalStatus("missing_rate")).toBe("error_other");
    expect(canonicalStatus("error", "address")).toBe("error_address");
    expect(canonicalStatus("error", "carrier_downtime")).toBe("error_other");
    expect(canonicalStatus("partly_dispatched")).toBe("partially_shipped");
    expect(canonicalStatus("on_hold")).toBe("on_hold");
  });

  it("a partial shipment then the rest: complete only on the second, lines by ext_ref", () => {
    const shipment = (id: string, lines: { id: number; sku: string; quantity: number }[]): WsShipment => ({
      id,
      type: "shipments",
      attributes: { reference: null, carrier_alias: "GLS", packages: [{ weight: 100, order_lines: lines }], tracking_links: [{ url: `https://gls.example/${id}`, number: `T${id}` }], created_at: `2025-03-02T1${id}:00:00.000Z` },
      relationships: { order: { data: { id: "1001", type: "orders" } } },
    });
    const changes = toChanges(wsOrder({ status: "dispatched" }), [shipment("1", [{ id: 5001, sku: "ÆBLE-1", quantity: 2 }]), shipment("2", [{ id: 5002, sku: "BÆR-2", quantity: 1 }])], new Date());
    expect(changes.map((c) => [c.status, c.shipment?.complete, c.shipment?.lines[0]?.lineRef, c.shipment?.parcels[0]?.carrier])).toEqual([
      ["partially_shipped", false, "L1", "GLS"],
      ["shipped", true, "L2", "GLS"],
    ]);
    expect(changes[0]!.order).toEqual({ orderNumber: "RB-10041", warehouseRef: "1001" });
  });
});
