import { describe, expect, it } from "vitest";
import { plentySettingsSchema } from "./credentials";
import { canonicalOrderFixture, multiParcelShipmentFixture, partialShipmentFixture, plentyCountriesFixture, plentyOrderFixture } from "./fixtures";
import { mapPlentyOrder } from "./map-order";
import { PACKAGE_TYPE_PARCEL, planShipment } from "./map-shipment";
import { orderSchema } from "./schemas";

const profiles = [
  { id: 6, backendName: "DHL Paket", parcelServiceId: 1 },
  { id: 7, backendName: "DPD Classic", parcelServiceId: 2 },
];

describe("plentymarkets order → canonical", () => {
  const raw = orderSchema.parse(plentyOrderFixture);

  it("maps two lines, invoice vs delivery address and non-ASCII names", () => {
    const result = mapPlentyOrder(raw, { countries: plentyCountriesFixture });
    expect(result).toEqual({ ok: true, order: canonicalOrderFixture });
  });

  it("keeps the delivery address apart from the invoice address", () => {
    const result = mapPlentyOrder(raw, { countries: plentyCountriesFixture });
    if (!result.ok) throw new Error(result.reason);
    expect(result.order.invoiceAddress.city).toBe("Stuttgart");
    expect(result.order.deliveryAddress).toMatchObject({ firstName: "Åsa", lastName: "Øberg-Lindström", city: "Malmö", countryCode: "SE" });
  });

  it("ships to the invoice address when there is no delivery address", () => {
    const single = orderSchema.parse({ ...plentyOrderFixture, addressRelations: [{ orderId: 4711, typeId: 1, addressId: 7001 }] });
    const result = mapPlentyOrder(single, { countries: plentyCountriesFixture });
    if (!result.ok) throw new Error(result.reason);
    expect(result.order.deliveryAddress).toEqual(result.order.invoiceAddress);
  });

  it("refuses an order it cannot map, saying why", () => {
    const unknownCountry = mapPlentyOrder(raw, { countries: new Map([[1, "DE"]]) });
    expect(unknownCountry).toEqual({ ok: false, reason: "order 4711: delivery address: unknown plentymarkets country id 24" });
    const noSku = orderSchema.parse({
      ...plentyOrderFixture,
      orderItems: plentyOrderFixture.orderItems.map((i) => ({ ...i, variation: undefined })),
    });
    const result = mapPlentyOrder(noSku, { countries: plentyCountriesFixture });
    expect(result.ok).toBe(false);
  });
});

describe("canonical shipment → plentymarkets packages and status", () => {
  const settings = plentySettingsSchema.parse({});

  it("writes one package per parcel of a multi-parcel shipment and sets 7", () => {
    const plan = planShipment({
      shipment: multiParcelShipmentFixture,
      status: "shipped",
      settings,
      packageId: 1,
      current: { statusId: 5.1, shippingProfileId: "6", packageNumbers: [] },
      profiles,
    });
    expect(plan).toEqual({
      packages: [
        { packageId: 1, packageNumber: "00340434161234567890", weight: 1200, packageType: PACKAGE_TYPE_PARCEL },
        { packageId: 1, packageNumber: "00340434161234567906", weight: 300, packageType: PACKAGE_TYPE_PARCEL },
      ],
      statusId: 7,
      shippingProfileId: undefined,
    });
  });

  it("does not write a parcel twice", () => {
    const plan = planShipment({
      shipment: multiParcelShipmentFixture,
      status: "shipped",
      settings,
      packageId: 1,
      current: { statusId: 7, shippingProfileId: "6", packageNumbers: ["00340434161234567890", "00340434161234567906"] },
      profiles,
    });
    expect(plan).toEqual({ packages: [], statusId: undefined, shippingProfileId: undefined });
  });

  it("writes a partial shipment's package, keeps the status unless a partial status is set, and switches the carrier", () => {
    const base = {
      shipment: partialShipmentFixture,
      status: "partially_shipped" as const,
      packageId: 1,
      current: { statusId: 5.1, shippingProfileId: "6", packageNumbers: [] },
      profiles,
    };
    const keep = planShipment({ ...base, settings });
    expect(keep.packages.map((p) => p.packageNumber)).toEqual(["05222222222222"]);
    expect(keep.statusId).toBeUndefined();
    expect(keep.shippingProfileId).toBe(7);

    const withStatus = planShipment({ ...base, settings: plentySettingsSchema.parse({ partiallyShippedStatus: "6" }) });
    expect(withStatus.statusId).toBe(6);
  });
});
