/**
 * The sandbox tenant's setup: statuses, warehouses, storage locations, shipping profiles,
 * package types, countries and variations, set up the way seed 004 asks a merchant to.
 */

export interface SimStatus {
  statusId: number;
  de: string;
  en: string;
  color: string;
}

// Default names: plentymarkets manual, Standard-Auftragsstatus (fact sheet §5, [P9]).
// 6.2, 6.3, 8.8 and 9.01 are NOT defaults: seed 004 asks the merchant to create them, so the
// sandbox tenant has them. English names are our translation.
export const defaultStatuses: SimStatus[] = [
  { statusId: 1, de: "Unvollständige Daten", en: "Incomplete data", color: "#e0e0e0" },
  { statusId: 2, de: "Warten auf Freischaltung", en: "Waiting for activation", color: "#ffff99" },
  { statusId: 3, de: "Warten auf Zahlung", en: "Waiting for payment", color: "#ffcc00" },
  { statusId: 3.4, de: "Mahnung", en: "Dunning", color: "#ffcc00" },
  { statusId: 4, de: "In Versandvorbereitung", en: "Preparing shipment", color: "#ccffcc" },
  { statusId: 4.1, de: "Warten auf Ware", en: "Waiting for goods", color: "#ccffcc" },
  { statusId: 5, de: "Freigabe Versand", en: "Cleared for shipping", color: "#99ff99" },
  { statusId: 5.1, de: "Abwicklung extern", en: "External processing", color: "#99ff99" },
  { statusId: 5.2, de: "Rechnung erzeugt", en: "Invoice created", color: "#99ff99" },
  { statusId: 5.3, de: "Lieferschein erzeugt", en: "Delivery note created", color: "#99ff99" },
  { statusId: 5.6, de: "Fehler beim Logistiker", en: "Error at logistics provider", color: "#ff9999" },
  { statusId: 6, de: "Gerade im Versand", en: "Shipping in progress", color: "#66ccff" },
  { statusId: 6.2, de: "Fehler Fulfillment: Adresse", en: "Fulfilment error: address", color: "#ff6666" },
  { statusId: 6.3, de: "Fehler Fulfillment: Bestand", en: "Fulfilment error: stock", color: "#ff6666" },
  { statusId: 6.4, de: "Warenausgang storniert", en: "Outgoing items cancelled", color: "#66ccff" },
  { statusId: 6.5, de: "Beim Logistiker im Versand", en: "Shipping at logistics provider", color: "#66ccff" },
  { statusId: 7, de: "Warenausgang gebucht", en: "Outgoing items booked", color: "#3399ff" },
  { statusId: 7.1, de: "Auftrag exportiert", en: "Order exported", color: "#3399ff" },
  { statusId: 8, de: "Storniert", en: "Cancelled", color: "#999999" },
  { statusId: 8.1, de: "Storniert durch Kunden", en: "Cancelled by customer", color: "#999999" },
  { statusId: 8.8, de: "Storno an Fulfillment übermittelt", en: "Cancellation sent to fulfilment", color: "#999999" },
  { statusId: 9, de: "Retoure", en: "Return", color: "#cc99ff" },
  { statusId: 9.01, de: "Retoure über Fulfillment", en: "Return via fulfilment", color: "#cc99ff" },
  { statusId: 9.1, de: "Ware wird geprüft", en: "Goods being checked", color: "#cc99ff" },
  { statusId: 9.5, de: "Gutschrift angelegt", en: "Credit note created", color: "#cc99ff" },
  { statusId: 10, de: "Gewährleistung", en: "Warranty", color: "#ffccff" },
  { statusId: 11, de: "Gutschrift", en: "Credit note", color: "#ffccff" },
];

/** `Warehouse` schema fields (OpenAPI). */
export const defaultWarehouses = [
  { id: 1, name: "Hauptlager", typeId: 0, priority: 1, logisticsType: "own", storageLocationType: "none" },
  { id: 104, name: "YSWS Fulfillment", typeId: 0, priority: 2, logisticsType: "own", storageLocationType: "small" },
];

/** `StorageLocation` schema fields (OpenAPI), per warehouse. */
export const defaultStorageLocations = [
  { id: 1, warehouseId: 1, rackId: 1, shelfId: 1, name: "A-01-01", type: "small", position: 1 },
  { id: 12, warehouseId: 104, rackId: 3, shelfId: 7, name: "YSWS-STANDARD", type: "large", position: 1 },
  { id: 13, warehouseId: 104, rackId: 3, shelfId: 8, name: "YSWS-RETOUREN", type: "large", position: 2 },
];

/** `ParcelServicePreset` (shipping profile) fields (OpenAPI). */
export const defaultShippingProfiles = [
  { id: 6, parcelServiceId: 1, backendName: "DHL Paket", priority: 1, isExpress: 0, isCod: 0 },
  { id: 7, parcelServiceId: 2, backendName: "DPD Classic", priority: 2, isExpress: 0, isCod: 0 },
  { id: 9, parcelServiceId: 3, backendName: "GLS BusinessParcel", priority: 3, isExpress: 0, isCod: 0 },
  { id: 11, parcelServiceId: 1, backendName: "DHL Express", priority: 4, isExpress: 1, isCod: 0 },
];

/** `ShippingPackageType` fields (OpenAPI); POST …/shipping/packages names one by `packageId`. */
export const defaultPackageTypes = [
  { id: 1, name: "Standardpaket", width: 40, height: 30, length: 60, unit: "cm", maxWeight: 31500, maxVolume: 0, volumeType: 0 },
  { id: 2, name: "Päckchen", width: 25, height: 10, length: 35, unit: "cm", maxWeight: 2000, maxVolume: 0, volumeType: 0 },
];

// plentymarkets country ids are its own numbering, not ISO (fact sheet §4). The ids below are
// recalled from plentymarkets' country list and NOT verified against a source; clients should
// read GET /rest/orders/shipping/countries rather than hard-code them.
export const defaultCountries = [
  { id: 1, name: "Germany", isoCode2: "DE", isoCode3: "DEU" },
  { id: 2, name: "Austria", isoCode2: "AT", isoCode3: "AUT" },
  { id: 3, name: "Belgium", isoCode2: "BE", isoCode3: "BEL" },
  { id: 4, name: "Switzerland", isoCode2: "CH", isoCode3: "CHE" },
  { id: 7, name: "Denmark", isoCode2: "DK", isoCode3: "DNK" },
  { id: 10, name: "France", isoCode2: "FR", isoCode3: "FRA" },
  { id: 11, name: "Finland", isoCode2: "FI", isoCode3: "FIN" },
  { id: 12, name: "United Kingdom", isoCode2: "GB", isoCode3: "GBR" },
  { id: 15, name: "Italy", isoCode2: "IT", isoCode3: "ITA" },
  { id: 20, name: "Norway", isoCode2: "NO", isoCode3: "NOR" },
  { id: 21, name: "Netherlands", isoCode2: "NL", isoCode3: "NLD" },
  { id: 23, name: "Poland", isoCode2: "PL", isoCode3: "POL" },
  { id: 24, name: "Sweden", isoCode2: "SE", isoCode3: "SWE" },
];

export interface SimVariation {
  id: number;
  itemId: number;
  number: string;
  model: string;
  name: string;
  weightG: number;
  priceGross: number;
  barcode: string;
  /*
   * Product sync reads these (`GET /rest/items/variations`); optional so that variations made up
   * for order lines need none. Field names of the plentymarkets Variation and Item models
   * (plugin interface docs, repo plentymarkets/docs-raw Item.md): weightG, widthMM, lengthMM,
   * heightMM, isActive, updatedAt on the variation; customsTariffNumber, producingCountryId on the item.
   */
  isActive?: boolean;
  widthMM?: number;
  lengthMM?: number;
  heightMM?: number;
  customsTariffNumber?: string;
  producingCountryId?: number;
  /** ISO time of the last change; absent = the sandbox's start. */
  updatedAt?: string;
}

/** `number` is the variation number, the SKU a warehouse knows the article by. */
export const defaultVariations: SimVariation[] = [
  { id: 1073, itemId: 120, number: "TS-BLK-M", model: "T-Shirt", name: "T-Shirt Schwarz M", weightG: 180, priceGross: 19.99, barcode: "4006381333931" },
  { id: 1088, itemId: 121, number: "CAP-GRN", model: "Cap", name: "Cap Grün", weightG: 90, priceGross: 9.99, barcode: "4006381333948" },
  { id: 1102, itemId: 122, number: "MUG-WHT", model: "Tasse", name: "Kaffeebecher Weiß", weightG: 350, priceGross: 12.5, barcode: "4006381333955" },
  { id: 1140, itemId: 123, number: "SOCK-3P", model: "Socken", name: "Socken 3er-Pack Größe 43–46", weightG: 120, priceGross: 14.9, barcode: "4006381333962" },
];
