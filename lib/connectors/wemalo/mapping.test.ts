import { describe, expect, it } from "vitest";
import { plentyCountriesFixture, plentyOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { mapPlentyOrder } from "@/lib/connectors/plentymarkets/map-order";
import { orderSchema as plentyOrderSchema } from "@/lib/connectors/plentymarkets/schemas";
import { canonicalOrder, catalog } from "./fixtures";
import { toWemaloOrder } from "./order-mapping";
import { toWemaloProduct } from "./products";
import { mapWemaloStatus } from "./status-map";

describe("wemalo mapping", () => {
  it("maps a canonical order with two lines and two addresses to a goods order", () => {
    const body = toWemaloOrder(canonicalOrder(), { shop: "myshop", dispatcherProfile: "dhl_paket" });
    expect(body).toEqual({
      shop: "myshop",
      meta: {
        externalId: "1001",
        orderNumber: "1001",
        currency: "EUR",
        total: 54.87,
        totalVat: 8.76,
        dispatcherProfile: "dhl_paket",
        externalIdMatch: "sku",
        blocked: 0,
        pickingInfo: "Bitte nicht knicken",
        extraInfo: "Shop order WEB-1001",
        receiver: [
          {
            primary: true, name1: "Jürgen Weiß", name2: "", name3: "c/o Ærø Café", street: "Straße des 17. Juni", streetNumber: "135",
            addressAddition: "Hinterhaus, 3. OG", zip: "10623", city: "Berlin", countryCode2Letter: "DE", stateProvinceCountry: "",
            phoneNumber: "+49 30 987654", email: "zoe.mueller@example.de",
          },
          {
            primary: false, name1: "Zoë Müller", name2: "Müller & Söhne GmbH", name3: "", street: "Königsallee", streetNumber: "12a",
            addressAddition: "", zip: "40212", city: "Düsseldorf", countryCode2Letter: "DE", stateProvinceCountry: "",
            phoneNumber: "+49 611 123456", email: "zoe.mueller@example.de",
          },
        ],
      },
      // Cents, gross, as in the sheet's example: 2 × 19.99 = 3998 with 638 tax at 19 %.
      positions: [
        { externalId: "SKU-1", quantity: 2, externalPositionIdentifier: "L1", total: 3998, tax: 638 },
        { externalId: "SKU-2", quantity: 1, externalPositionIdentifier: "L2", total: 999, tax: 160 },
      ],
    });
  });

  it("maps the plentymarkets order of seed 004 through the canonical order", () => {
    const mapped = mapPlentyOrder(plentyOrderSchema.parse(plentyOrderFixture), { countries: plentyCountriesFixture });
    if (!mapped.ok) throw new Error(mapped.reason);
    const body = toWemaloOrder(mapped.order, { dispatcherProfile: "dhl_international" });
    expect(body.meta).toMatchObject({ externalId: "4711", orderNumber: "4711", total: 49, totalVat: 7.82, dispatcherProfile: "dhl_international", extraInfo: "Shop order SHOP-1001" });
    expect(body.meta.receiver.map((r) => [r.primary, r.name1, r.name2, r.name3, r.street, r.streetNumber, r.zip, r.city, r.countryCode2Letter])).toEqual([
      [true, "Åsa Øberg-Lindström", "", "c/o Café Ångström", "Storgatan", "5B", "211 41", "Malmö", "SE"],
      [false, "Jürgen Größmann", "Müller & Söhne GmbH", "", "Königstraße", "12", "70173", "Stuttgart", "DE"],
    ]);
    expect(body.positions).toEqual([
      { externalId: "TS-BLK-M", quantity: 2, externalPositionIdentifier: "9001", total: 3998, tax: 638 },
      { externalId: "CAP-GRN", quantity: 1, externalPositionIdentifier: "9002", total: 412, tax: 66 },
    ]);
    // Names travel as UTF-8 JSON, not transliterated.
    expect(JSON.stringify(body)).toContain("Øberg-Lindström");
  });

  it("sends one receiver when both addresses are the same, and falls back to the source's shipping code", () => {
    const order = canonicalOrder("1002");
    const body = toWemaloOrder({ ...order, invoiceAddress: order.deliveryAddress }, {});
    expect(body.meta.receiver).toHaveLength(1);
    expect(body.meta.dispatcherProfile).toBe("6");
    expect(body.shop).toBeUndefined();
  });

  it("maps a company-only address to name1 and a parcel locker to the address addition", () => {
    const order = canonicalOrder("1003", {
      deliveryAddress: { company: "Ørsted A/S", street: "Packstation", houseNumber: "157", parcelLocker: "123456789", postalCode: "65195", city: "Wiesbaden", countryCode: "DE" },
    });
    const [primary] = toWemaloOrder(order, {}).meta.receiver;
    expect(primary).toMatchObject({ name1: "Ørsted A/S", name2: "", addressAddition: "Packstation 123456789" });
  });

  it("maps products with wemalo's units", () => {
    expect(toWemaloProduct(catalog[0]!, "Geschirr")).toEqual({
      externalId: "SKU-1", sku: "SKU-1", name: "Tasse „Wiesbaden“", productGroup: "Geschirr", isActive: true,
      ean: "4006381333931", depth: 12, width: 9, height: 10, grossWeight: 350,
    });
    expect(toWemaloProduct(catalog[1]!, "g", "myshop")).toMatchObject({ ean2: "4006381333948", shop: "myshop" });
  });

  it("maps wemalo statuses to canonical ones", () => {
    expect(mapWemaloStatus("OPEN").status).toBe("accepted");
    expect(mapWemaloStatus("INPICKING").status).toBe("picking");
    expect(mapWemaloStatus("PACKED").status).toBe("packed");
    expect(mapWemaloStatus("PARTIAL", "ADDRESS").status).toBe("error_address");
    expect(mapWemaloStatus("PARTIAL", "STOCK").status).toBe("error_stock");
    expect(mapWemaloStatus("BLOCKEDPACKED", null, "label error")).toEqual({ status: "on_hold", reason: "label error" });
    expect(mapWemaloStatus("SHIPPED").status).toBe("shipped");
    expect(mapWemaloStatus("CANCELLED").status).toBe("cancelled");
    expect(mapWemaloStatus("TELEPORTED").status).toBe("error_other");
  });
});
