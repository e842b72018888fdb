/** What the sandbox UI and tests give to create an order; mapped onto plentymarkets records. */

export interface SimAddressInput {
  company?: string;
  firstName?: string;
  lastName?: string;
  careOf?: string;
  street: string;
  houseNumber?: string;
  addressLine2?: string;
  postalCode: string;
  town: string;
  /** plentymarkets country id (1 = Germany in the sandbox), not ISO. */
  countryId?: number;
  email?: string;
  phone?: string;
  packstationNo?: string;
}

export interface SimLineInput {
  /** Variation number; an unknown one creates a variation on the fly. */
  sku: string;
  quantity: number;
  priceGross?: number;
  name?: string;
  weightG?: number;
}

export interface SimOrderInput {
  statusId?: number;
  /** 1 sales order (default), 3 return … (OpenAPI Order.typeId). */
  typeId?: number;
  referrerId?: number;
  plentyId?: number;
  externalOrderId?: string;
  currency?: string;
  shippingProfileId?: number;
  warehouseId?: number;
  paymentMethodId?: number;
  paymentStatus?: "unpaid" | "partlyPaid" | "fullyPaid" | "overpaid";
  language?: string;
  billing?: SimAddressInput;
  /** Omitted: ship to the billing address. */
  delivery?: SimAddressInput;
  lines?: SimLineInput[];
  shippingCosts?: number;
  createdAt?: Date;
}

/** A German invoice address and a Swedish delivery address, both with non-ASCII names. */
export const demoBilling: SimAddressInput = {
  company: "Müller & Söhne GmbH",
  firstName: "Jürgen",
  lastName: "Größmann",
  street: "Königstraße",
  houseNumber: "12",
  postalCode: "70173",
  town: "Stuttgart",
  countryId: 1,
  email: "juergen.grossmann@example.de",
  phone: "+49 711 123456",
};

export const demoDelivery: SimAddressInput = {
  firstName: "Åsa",
  lastName: "Øberg-Lindström",
  careOf: "c/o Café Ångström",
  street: "Storgatan",
  houseNumber: "5B",
  postalCode: "211 41",
  town: "Malmö",
  countryId: 24,
  email: "asa.oberg@example.se",
  phone: "+46 40 123 45",
};

export const demoLines: SimLineInput[] = [
  { sku: "TS-BLK-M", quantity: 2 },
  { sku: "CAP-GRN", quantity: 1 },
];
