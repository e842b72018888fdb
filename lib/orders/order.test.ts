import { describe, expect, it } from "vitest";
import {
  canonicalStatuses,
  isCancellable,
  isErrorStatus,
  isTerminalStatus,
  orderSchema,
  productSchema,
  shipmentSchema,
  statusChangeSchema,
  type Order,
} from "./index";

const order: Order = {
  sourceRef: "4711",
  orderNumber: "4711",
  createdAt: "2024-05-01T10:00:00+02:00",
  currency: "EUR",
  totals: { subtotal: "49.97", shipping: "4.90", discount: "0", tax: "8.76", total: "54.87" },
  customer: { email: "jörg@example.com", language: "de" },
  invoiceAddress: { firstName: "Jörg", lastName: "Müller", street: "Hauptstraße", houseNumber: "5", postalCode: "10115", city: "Berlin", countryCode: "DE" },
  deliveryAddress: { company: "Lager Øst ApS", firstName: "Søren", lastName: "Ærø", street: "Østergade", houseNumber: "1", postalCode: "1100", city: "København", countryCode: "DK" },
  lines: [
    { lineRef: "1", sku: "SKU-1", name: "T-Shirt M", quantity: 2, unitPrice: "19.99", weightGrams: 200 },
    { lineRef: "2", sku: "SKU-2", name: "Cap", quantity: 1, unitPrice: "9.99" },
  ],
  shippingMethod: { code: "6", label: "DHL Paket" },
  paymentState: "paid",
};

describe("canonical order", () => {
  it("accepts a complete order with non-ASCII names", () => {
    expect(orderSchema.parse(order)).toEqual(order);
  });

  it("rejects what a warehouse cannot ship", () => {
    expect(orderSchema.safeParse({ ...order, lines: [] }).success).toBe(false);
    expect(orderSchema.safeParse({ ...order, currency: "eur" }).success).toBe(false);
    expect(orderSchema.safeParse({ ...order, createdAt: "01.05.2024" }).success).toBe(false);
    expect(orderSchema.safeParse({ ...order, deliveryAddress: { ...order.deliveryAddress, countryCode: "Germany" } }).success).toBe(false);
    expect(orderSchema.safeParse({ ...order, lines: [{ ...order.lines[0]!, quantity: 0 }] }).success).toBe(false);
    expect(orderSchema.safeParse({ ...order, lines: [{ ...order.lines[0]!, unitPrice: 19.99 }] }).success).toBe(false);
  });
});

describe("shipment", () => {
  it("allows a partial shipment with several parcels", () => {
    const shipment = shipmentSchema.parse({
      shipmentRef: "s-1",
      orderNumber: "4711",
      shippedAt: "2024-05-02T08:00:00Z",
      parcels: [
        { trackingNumber: "00340434161234567890", carrier: "DHL", trackingUrl: "https://www.dhl.de/track?id=00340434161234567890", lines: [{ sku: "SKU-1", quantity: 1 }] },
        { trackingNumber: "00340434161234567891", carrier: "DHL" },
      ],
      lines: [{ sku: "SKU-1", quantity: 2 }],
      complete: false,
    });
    expect(shipment.parcels).toHaveLength(2);
    expect(shipmentSchema.safeParse({ ...shipment, parcels: [] }).success).toBe(false);
    expect(shipmentSchema.safeParse({ ...shipment, parcels: [{ trackingNumber: "1", carrier: "DHL", trackingUrl: "not a url" }] }).success).toBe(false);
  });
});

describe("statuses", () => {
  it("is a closed set", () => {
    expect(statusChangeSchema.safeParse({ order: { orderNumber: "1" }, status: "lost_in_space", partnerStatus: { code: "x" }, occurredAt: "2024-05-02T08:00:00Z" }).success).toBe(false);
    expect(statusChangeSchema.safeParse({ order: { orderNumber: "1" }, status: "error_address", partnerStatus: { code: "PARTIAL" }, occurredAt: "2024-05-02T08:00:00Z" }).success).toBe(true);
  });

  it("knows errors, terminal states and when cancelling still works", () => {
    expect(canonicalStatuses.filter(isErrorStatus)).toEqual(["error_address", "error_stock", "error_other"]);
    expect(isTerminalStatus("shipped")).toBe(true);
    expect(isTerminalStatus("partially_shipped")).toBe(false);
    expect(isCancellable("accepted")).toBe(true);
    expect(isCancellable("error_stock")).toBe(true);
    expect(isCancellable("picking")).toBe(false);
    expect(isCancellable("shipped")).toBe(false);
  });
});

describe("product", () => {
  it("defaults barcodes and active", () => {
    const p = productSchema.parse({ sku: "SKU-1", name: "T-Shirt", ean: "4006381333931", countryOfOrigin: "PT" });
    expect(p.barcodes).toEqual([]);
    expect(p.active).toBe(true);
    expect(productSchema.safeParse({ sku: "SKU-1", name: "T", countryOfOrigin: "Portugal" }).success).toBe(false);
  });
});
