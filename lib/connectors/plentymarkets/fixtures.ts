import type { Order, Shipment } from "@/lib/orders";

/**
 * A plentymarkets sales order as GET /rest/orders/{id}?with[]=addresses&with[]=orderItems.variation
 * answers it: two lines, a shipping cost line, an invoice address in Germany and a different
 * delivery address in Sweden, names with umlauts and Scandinavian letters. Reusable by other
 * connectors' mapping tests through `canonicalOrderFixture`.
 */
export const plentyOrderFixture = {
  id: 4711,
  typeId: 1,
  statusId: 5,
  statusName: "Freigabe Versand",
  ownerId: 0,
  referrerId: 1,
  createdAt: "2025-03-01T10:15:00+01:00",
  updatedAt: "2025-03-01T10:20:00+01:00",
  plentyId: 41234,
  locationId: 0,
  lockStatus: "unlocked",
  contactReceiverId: 208,
  properties: [
    { orderId: 4711, typeId: 1, value: "104" },
    { orderId: 4711, typeId: 2, value: "6" },
    { orderId: 4711, typeId: 3, value: "6001" },
    { orderId: 4711, typeId: 6, value: "de" },
    { orderId: 4711, typeId: 7, value: "SHOP-1001" },
  ],
  dates: [{ orderId: 4711, typeId: 2, date: "2025-03-01T10:14:00+01:00" }],
  addressRelations: [
    { orderId: 4711, typeId: 1, addressId: 7001 },
    { orderId: 4711, typeId: 2, addressId: 7002 },
  ],
  amounts: [
    {
      orderId: 4711,
      isSystemCurrency: true,
      isNet: false,
      currency: "EUR",
      exchangeRate: 1,
      netTotal: 41.18,
      grossTotal: 49.0,
      vatTotal: 7.82,
      invoiceTotal: 49.0,
      paidAmount: 49.0,
    },
  ],
  orderItems: [
    {
      id: 9001,
      orderId: 4711,
      typeId: 1,
      referrerId: 1,
      itemVariationId: 1073,
      quantity: 2,
      orderItemName: "T-Shirt Schwarz M – Bio-Baumwolle",
      attributeValues: "",
      shippingProfileId: 6,
      vatRate: 19,
      position: 1,
      warehouseId: 104,
      amounts: [{ currency: "EUR", priceOriginalGross: 19.99, priceGross: 19.99, priceNet: 16.8 }],
      variation: { id: 1073, itemId: 120, number: "TS-BLK-M", model: "T-Shirt", weightG: 180 },
    },
    {
      id: 9002,
      orderId: 4711,
      typeId: 1,
      referrerId: 1,
      itemVariationId: 1088,
      quantity: 1,
      orderItemName: "Cap Grün",
      attributeValues: "",
      shippingProfileId: 6,
      vatRate: 19,
      position: 2,
      warehouseId: 104,
      amounts: [{ currency: "EUR", priceOriginalGross: 4.12, priceGross: 4.12, priceNet: 3.46 }],
      variation: { id: 1088, itemId: 121, number: "CAP-GRN", model: "Cap", weightG: 90 },
    },
    {
      id: 9003,
      orderId: 4711,
      typeId: 6,
      referrerId: 1,
      itemVariationId: 0,
      quantity: 1,
      orderItemName: "Versandkosten",
      shippingProfileId: 6,
      vatRate: 19,
      position: 3,
      warehouseId: null,
      amounts: [{ currency: "EUR", priceOriginalGross: 4.9, priceGross: 4.9, priceNet: 4.12 }],
    },
  ],
  addresses: [
    {
      id: 7001,
      gender: null,
      name1: "Müller & Söhne GmbH",
      name2: "Jürgen",
      name3: "Größmann",
      name4: "",
      address1: "Königstraße",
      address2: "12",
      address3: "",
      postalCode: "70173",
      town: "Stuttgart",
      countryId: 1,
      stateId: null,
      isPackstation: false,
      packstationNo: "",
      options: [
        { typeId: 4, value: "+49 711 123456" },
        { typeId: 5, value: "juergen.grossmann@example.de" },
      ],
    },
    {
      id: 7002,
      gender: null,
      name1: "",
      name2: "Åsa",
      name3: "Øberg-Lindström",
      name4: "c/o Café Ångström",
      address1: "Storgatan",
      address2: "5B",
      address3: "Lägenhet 1102",
      postalCode: "211 41",
      town: "Malmö",
      countryId: 24,
      stateId: null,
      isPackstation: false,
      packstationNo: "",
      options: [
        { typeId: 4, value: "+46 40 123 45" },
        { typeId: 5, value: "asa.oberg@example.se" },
      ],
    },
  ],
};

/** plentymarkets country ids of the fixture (the sandbox's numbering). */
export const plentyCountriesFixture: ReadonlyMap<number, string> = new Map([
  [1, "DE"],
  [24, "SE"],
]);

/** `plentyOrderFixture` as the canonical order. */
export const canonicalOrderFixture: Order = {
  sourceRef: "4711",
  orderNumber: "4711",
  externalOrderNumber: "SHOP-1001",
  createdAt: "2025-03-01T10:14:00+01:00",
  updatedAt: "2025-03-01T10:20:00+01:00",
  currency: "EUR",
  totals: { subtotal: "44.10", shipping: "4.90", discount: "0.00", tax: "7.82", total: "49.00" },
  customer: { customerRef: "208", email: "juergen.grossmann@example.de", phone: "+46 40 123 45", language: "de" },
  invoiceAddress: {
    company: "Müller & Söhne GmbH",
    firstName: "Jürgen",
    lastName: "Größmann",
    street: "Königstraße",
    houseNumber: "12",
    postalCode: "70173",
    city: "Stuttgart",
    countryCode: "DE",
    phone: "+49 711 123456",
    email: "juergen.grossmann@example.de",
  },
  deliveryAddress: {
    firstName: "Åsa",
    lastName: "Øberg-Lindström",
    careOf: "c/o Café Ångström",
    street: "Storgatan",
    houseNumber: "5B",
    addressLine2: "Lägenhet 1102",
    postalCode: "211 41",
    city: "Malmö",
    countryCode: "SE",
    phone: "+46 40 123 45",
    email: "asa.oberg@example.se",
  },
  lines: [
    { lineRef: "9001", sku: "TS-BLK-M", name: "T-Shirt Schwarz M – Bio-Baumwolle", quantity: 2, unitPrice: "19.99", taxRate: "19", weightGrams: 180 },
    { lineRef: "9002", sku: "CAP-GRN", name: "Cap Grün", quantity: 1, unitPrice: "4.12", taxRate: "19", weightGrams: 90 },
  ],
  shippingMethod: { code: "6" },
  paymentState: "paid",
  paymentMethod: "6001",
};

/** Two parcels with DHL, everything shipped. */
export const multiParcelShipmentFixture: Shipment = {
  shipmentRef: "wemalo-88231",
  orderNumber: "4711",
  shippedAt: "2025-03-02T14:00:00+01:00",
  parcels: [
    { trackingNumber: "00340434161234567890", carrier: "DHL", weightGrams: 1200, lines: [{ sku: "TS-BLK-M", quantity: 2 }] },
    { trackingNumber: "00340434161234567906", carrier: "DHL", weightGrams: 300, lines: [{ sku: "CAP-GRN", quantity: 1 }] },
  ],
  lines: [
    { sku: "TS-BLK-M", quantity: 2, lineRef: "9001" },
    { sku: "CAP-GRN", quantity: 1, lineRef: "9002" },
  ],
  complete: true,
};

/** One parcel with part of the order; the cap follows later. */
export const partialShipmentFixture: Shipment = {
  shipmentRef: "wemalo-88232",
  orderNumber: "4711",
  shippedAt: "2025-03-02T14:00:00+01:00",
  parcels: [{ trackingNumber: "05222222222222", carrier: "DPD", weightGrams: 800, lines: [{ sku: "TS-BLK-M", quantity: 2 }] }],
  lines: [{ sku: "TS-BLK-M", quantity: 2, lineRef: "9001" }],
  complete: false,
};
