import type { Order } from "@/lib/orders";

/**
 * A canonical order as a plentymarkets shop hands it over: two lines, invoice and delivery
 * addresses that differ, names that are not ASCII. (No shared canonical fixture existed yet.)
 */
export function canonicalOrderFixture(overrides: Partial<Order> = {}): Order {
  return {
    sourceRef: "4711",
    orderNumber: "SO-4711",
    externalOrderNumber: "WEB-2025-0042",
    createdAt: "2025-03-01T09:15:00+01:00",
    currency: "SEK",
    totals: { subtotal: "548.00", shipping: "49.00", discount: "0", tax: "119.40", total: "597.00" },
    customer: { customerRef: "C-77", email: "bjork@example.se", phone: "+46701234567", language: "sv" },
    invoiceAddress: {
      company: "Smörgåsbord AB",
      firstName: "Åsa",
      lastName: "Öberg",
      street: "Drottninggatan",
      houseNumber: "12",
      postalCode: "11151",
      city: "Stockholm",
      countryCode: "SE",
    },
    deliveryAddress: {
      firstName: "Björk",
      lastName: "Guðmundsdóttir",
      careOf: "Zoë Ærø",
      street: "Kungsgatan",
      houseNumber: "5B",
      addressLine2: "Lägenhet 1102",
      postalCode: "41119",
      city: "Göteborg",
      countryCode: "SE",
      phone: "+46709876543",
    },
    lines: [
      { lineRef: "L1", sku: "MUG-BLUE", name: "Kaffekopp blå", quantity: 2, unitPrice: "149.00", weightGrams: 350 },
      { lineRef: "L2", sku: "TOWEL-Ø", name: "Handduk Øresund", quantity: 1, unitPrice: "250.00" },
    ],
    shippingMethod: { code: "postnord-parcel", label: "PostNord MyPack" },
    notes: "Lämna vid dörren",
    paymentState: "paid",
    ...overrides,
  };
}
