import { describe, expect, it } from "vitest";
import { orderFixture } from "./testing";
import { fromRackbeatOrder, toRackbeatDraft } from "./map-order";
import { canonicalStatus } from "./map-status";
import type { RbOrder } from "./schemas";

const rbOrder = (over: Partial<RbOrder> = {}): RbOrder => ({
  number: 10041,
  customer: { number: 1001, name: "Søren Ærøskøbing" },
  currency: "dkk",
  their_reference: null,
  delivery_terms: { id: 2, name: "GLS Erhverv" },
  delivery_address: { name: "Søren Ærøskøbing", street: "Åboulevarden 12", street2: "3. th.", zipcode: "8000", city: "Århus C", country: "dk", email: "soren@example.dk", phone: "+4512345678" },
  billing_address: null,
  lines: [
    { id: 701, item: { number: "ÆBLE-1", name: "Æblemost", physical: { weight: 1200 } }, name: "Æblemost – økologisk", quantity: 2, line_price: 49.95, vat_percentage: 25 },
    { id: 702, item: { number: "BÆR-2", name: "Blåbær", physical: null }, name: null, quantity: 1, line_price: 20, vat_percentage: null },
  ],
  is_booked: true,
  is_shipped: false,
  is_partly_shipped: false,
  is_cancelled: false,
  created_at: "2025-03-01T08:00:00.000Z",
  updated_at: "2025-03-01T08:00:00.000Z",
  ...over,
});

describe("Rackbeat order → canonical order", () => {
  it("maps address, lines with SKU, name, weight and price, and the delivery term as shipping method", () => {
    const mapped = fromRackbeatOrder(rbOrder());
    if (!mapped.ok) throw new Error(mapped.reason);
    const o = mapped.order;
    expect([o.sourceRef, o.orderNumber, o.currency, o.totals.total]).toEqual(["10041", "10041", "DKK", "119.90"]);
    expect(o.deliveryAddress).toEqual({ firstName: "Søren", lastName: "Ærøskøbing", street: "Åboulevarden 12", addressLine2: "3. th.", postalCode: "8000", city: "Århus C", countryCode: "DK", email: "soren@example.dk", phone: "+4512345678" });
    expect(o.lines).toEqual([
      { lineRef: "701", sku: "ÆBLE-1", name: "Æblemost – økologisk", quantity: 2, unitPrice: "49.95", taxRate: "25", weightGrams: 1200 },
      { lineRef: "702", sku: "BÆR-2", name: "Blåbær", quantity: 1, unitPrice: "20.00" },
    ]);
    expect(o.shippingMethod).toEqual({ code: "2", label: "GLS Erhverv" });
    expect(o.customer.customerRef).toBe("1001");
  });

  it("a partial shipment's order carries only the shipment's lines and quantities", () => {
    const order = rbOrder();
    const mapped = fromRackbeatOrder(order, { lines: [{ line: order.lines[0]!, quantity: 1 }], sourceRef: "10041:551", orderNumber: "10041-551" });
    expect(mapped).toMatchObject({ ok: true, order: { sourceRef: "10041:551", orderNumber: "10041-551", lines: [{ sku: "ÆBLE-1", quantity: 1 }], totals: { total: "49.95" } } });
  });

  it("refuses an order without a full delivery address", () => {
    expect(fromRackbeatOrder(rbOrder({ delivery_address: { name: "X", street: "Y" } })).ok).toBe(false);
  });
});

describe("canonical order → Rackbeat draft", () => {
  it("keeps non-ASCII names, references our order number and sends the mapped delivery term, no volume", () => {
    const draft = toRackbeatDraft(orderFixture(), { customerNumber: 1001, deliveryTermsId: "3" });
    expect(draft).toMatchObject({ customer_id: 1001, currency: "EUR", their_reference: "4711", delivery_terms_id: 3 });
    expect(draft.delivery_address).toEqual({ name: "Åsa Øberg-Lindström", street: "Storgatan 5B", street2: "c/o Café Ångström, Lägenhet 1102", zipcode: "211 41", city: "Malmö", country: "SE", email: "asa.oberg@example.se", phone: "+46 40 123 45" });
    expect(draft.lines).toEqual([
      { product_id: "TS-BLK-M", name: "T-Shirt Schwarz M – Bio-Baumwolle", quantity: 2, line_price: 19.99, vat_percentage: 19 },
      { product_id: "CAP-GRN", name: "Cap Grün", quantity: 1, line_price: 4.12, vat_percentage: 19 },
    ]);
    expect(JSON.stringify(draft)).not.toMatch(/volume|dimension/);
    expect(toRackbeatDraft(orderFixture(), { customerNumber: 1 })).not.toHaveProperty("delivery_terms_id");
  });
});

describe("Rackbeat flags → canonical status", () => {
  it("cancelled wins, then shipped, then partly shipped, else accepted", () => {
    expect(canonicalStatus({ is_cancelled: true, is_shipped: true, is_partly_shipped: false })).toBe("cancelled");
    expect(canonicalStatus({ is_cancelled: false, is_shipped: true, is_partly_shipped: false })).toBe("shipped");
    expect(canonicalStatus({ is_cancelled: false, is_shipped: false, is_partly_shipped: true })).toBe("partially_shipped");
    expect(canonicalStatus({ is_cancelled: false, is_shipped: false, is_partly_shipped: false })).toBe("accepted");
  });
});
