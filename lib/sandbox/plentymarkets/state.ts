/**
 * The simulator's stored records, shaped like plentymarkets' own models (OpenAPI `Order`,
 * `OrderItem`, `OrderShippingPackage`, `StatusHistoryEntry`; `Address` fields from the fact sheet).
 */

export interface StoredAddress {
  id: number;
  gender: "male" | "female" | "company" | null;
  name1: string; // company
  name2: string; // first name
  name3: string; // last name
  name4: string; // c/o
  address1: string; // street
  address2: string; // house number
  address3: string;
  postalCode: string;
  town: string;
  countryId: number;
  stateId: number | null;
  isPackstation: boolean;
  packstationNo: string;
  email: string;
  phone: string;
}

export interface StoredOrderItem {
  id: number;
  orderId: number;
  typeId: number;
  referrerId: number;
  itemVariationId: number;
  quantity: number;
  orderItemName: string;
  attributeValues: string;
  shippingProfileId: number;
  countryVatId: number;
  vatField: number;
  vatRate: number;
  position: number;
  warehouseId: number | null;
  priceGross: number;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredProperty {
  typeId: number;
  value: string;
}

export interface StoredPackage {
  id: number;
  orderId: number;
  packageId: number;
  weight: number;
  packageNumber: string;
  labelPath: string;
  returnPackageNumber: string;
  packageType: number;
  volume: number;
  isClosed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StoredStatusHistoryEntry {
  id: number;
  orderId: number;
  statusId: number;
  createdAt: string;
  userId: number | null;
  procedureText: string;
}

export interface StoredOrder {
  id: number;
  typeId: number;
  statusId: number;
  ownerId: number;
  referrerId: number;
  plentyId: number;
  locationId: number;
  createdAt: string;
  updatedAt: string;
  contactId: number;
  billingAddressId: number;
  deliveryAddressId: number;
  properties: StoredProperty[];
  dates: { typeId: number; date: string }[];
  items: StoredOrderItem[];
  currency: string;
  paymentStatus: "unpaid" | "partlyPaid" | "fullyPaid" | "overpaid";
}

type IdKind = "order" | "item" | "address" | "package" | "history" | "contact";

/** One booked stock correction (`PUT …/stock/correction`), as tests and the sandbox UI read it back. */
export interface StockCorrection {
  warehouseId: number;
  storageLocationId: number;
  variationId: number;
  quantity: number;
  reasonId: number;
  at: string;
}

export class SimStore {
  readonly orders = new Map<number, StoredOrder>();
  readonly addresses = new Map<number, StoredAddress>();
  readonly packages = new Map<number, StoredPackage[]>();
  readonly history: StoredStatusHistoryEntry[] = [];
  /** Physical stock per `warehouseId:storageLocationId:variationId`. */
  readonly stock = new Map<string, number>();
  readonly corrections: StockCorrection[] = [];
  private readonly seq: Record<IdKind, number> = {
    order: 1000, item: 5000, address: 7000, package: 300, history: 0, contact: 200,
  };

  nextId(kind: IdKind): number {
    this.seq[kind] += 1;
    return this.seq[kind];
  }

  packagesOf(orderId: number): StoredPackage[] {
    let list = this.packages.get(orderId);
    if (!list) {
      list = [];
      this.packages.set(orderId, list);
    }
    return list;
  }
}
