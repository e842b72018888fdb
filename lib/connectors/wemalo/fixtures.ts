import type { Order, Product } from "@/lib/orders";

/**
 * A canonical order with two lines, different invoice and delivery addresses and non-ASCII
 * names (no shared plentymarkets fixture existed when this was written).
 */
export function canonicalOrder(orderNumber = "1001", overrides: Partial<Order> = {}): Order {
  return {
    sourceRef: `plenty-${orderNumber}`,
    orderNumber,
    externalOrderNumber: `WEB-${orderNumber}`,
    createdAt: "2026-03-02T08:15:00+01:00",
    currency: "EUR",
    totals: { subtotal: "49.97", shipping: "4.90", discount: "0", tax: "8.76", total: "54.87" },
    customer: { customerRef: "C-77", email: "zoe.mueller@example.de", phone: "+49 611 123456", language: "de" },
    invoiceAddress: {
      company: "Müller & Söhne GmbH",
      firstName: "Zoë",
      lastName: "Müller",
      street: "Königsallee",
      houseNumber: "12a",
      postalCode: "40212",
      city: "Düsseldorf",
      countryCode: "DE",
    },
    deliveryAddress: {
      firstName: "Jürgen",
      lastName: "Weiß",
      careOf: "c/o Ærø Café",
      street: "Straße des 17. Juni",
      houseNumber: "135",
      addressLine2: "Hinterhaus, 3. OG",
      postalCode: "10623",
      city: "Berlin",
      countryCode: "DE",
      phone: "+49 30 987654",
    },
    lines: [
      { lineRef: "L1", sku: "SKU-1", name: "Tasse „Wiesbaden“", quantity: 2, unitPrice: "19.99", taxRate: "19", weightGrams: 350 },
      { lineRef: "L2", sku: "SKU-2", name: "Untersetzer Öko", quantity: 1, unitPrice: "9.99", taxRate: "19" },
    ],
    shippingMethod: { code: "6", label: "DHL Paket" },
    notes: "Bitte nicht knicken",
    paymentState: "paid",
    ...overrides,
  };
}

export const catalog: Product[] = [
  { sku: "SKU-1", name: "Tasse „Wiesbaden“", ean: "4006381333931", barcodes: [], weightGrams: 350, dimensions: { lengthMm: 120, widthMm: 90, heightMm: 100 }, active: true },
  { sku: "SKU-2", name: "Untersetzer Öko", barcodes: ["4006381333948"], active: true },
];
