import { describe, expect, it } from "vitest";
import { isPartnerError } from "@/lib/http";
import { toStatusChange } from "./map-change";
import { toOngoingOrder } from "./map-order";
import { canonicalStatus } from "./map-status";
import { ongoingOrderSchema } from "./schemas";
import { canonicalOrderFixture, plentyCountriesFixture, plentyOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { mapPlentyOrder } from "@/lib/connectors/plentymarkets/map-order";
import { orderSchema as plentyOrderSchema } from "@/lib/connectors/plentymarkets/schemas";
import { orderFixture } from "./testing";

const now = new Date("2025-03-01T10:00:00Z");

describe("plentymarkets order → canonical → Ongoing PUT /orders body", () => {
  const expected = {
    goodsOwnerId: 159,
    orderNumber: "4711",
    deliveryDate: "2025-03-01",
    goodsOwnerOrderId: "4711",
    referenceNumber: "SHOP-1001",
    consignee: {
      customerNumber: "208",
      name: "Åsa Øberg-Lindström",
      address1: "Storgatan 5B",
      address2: "c/o Café Ångström",
      address3: "Lägenhet 1102",
      postCode: "211 41",
      city: "Malmö",
      countryCode: "SE",
      invoiceAddress: {
        name: "Müller & Söhne GmbH",
        address1: "Königstraße 12",
        address2: "Att. Jürgen Größmann",
        postCode: "70173",
        city: "Stuttgart",
        countryCode: "DE",
      },
    },
    orderLines: [
      { rowNumber: "9001", articleNumber: "TS-BLK-M", numberOfItems: 2, externalId: "9001", lineTotalCustomsValue: 39.98 },
      { rowNumber: "9002", articleNumber: "CAP-GRN", numberOfItems: 1, externalId: "9002", lineTotalCustomsValue: 4.12 },
    ],
    transporter: { transporterCode: "PLAB", transporterServiceCode: "P19" },
    emailNotification: { toBeNotified: true, value: "asa.oberg@example.se" },
    smsNotification: { toBeNotified: true, value: "+46 40 123 45" },
    customsInfo: { customsValueCurrencyCode: "EUR" },
  };

  it("maps two lines, separate invoice and delivery addresses and non-ASCII names", () => {
    const body = toOngoingOrder(canonicalOrderFixture, { goodsOwnerId: 159, shippingCode: "PLAB:P19", notifyConsignee: true, now });
    expect(body).toEqual(expected);
  });

  it("gets the same body straight from the plentymarkets order", () => {
    const mapped = mapPlentyOrder(plentyOrderSchema.parse(plentyOrderFixture), { countries: plentyCountriesFixture });
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(toOngoingOrder(mapped.order, { goodsOwnerId: 159, shippingCode: "PLAB:P19", notifyConsignee: true, now })).toEqual(expected);
  });

  it("sends a transporter without service, and no transporter without a shipping code", () => {
    const order = orderFixture();
    expect(toOngoingOrder(order, { goodsOwnerId: 1, shippingCode: "SBTL", notifyConsignee: false, now }).transporter).toEqual({ transporterCode: "SBTL" });
    const plain = toOngoingOrder(order, { goodsOwnerId: 1, notifyConsignee: false, now });
    expect(plain.transporter).toBeUndefined();
    expect(plain.emailNotification).toEqual({ toBeNotified: false, value: "asa.oberg@example.se" });
  });

  it("asks the merchant for a name when an address has none", () => {
    const order = orderFixture();
    order.deliveryAddress = { ...order.deliveryAddress, firstName: undefined, lastName: undefined, company: undefined };
    try {
      toOngoingOrder(order, { goodsOwnerId: 1, notifyConsignee: true, now });
      expect.unreachable();
    } catch (error) {
      expect(isPartnerError(error) && error.kind === "needs_merchant" && error.reason === "bad_address").toBe(true);
    }
  });
});

describe("Ongoing status numbers → canonical", () => {
  it.each([
    [150, "error_other"],
    [200, "accepted"],
    [300, "accepted"],
    [320, "picking"],
    [400, "packed"],
    [425, "packed"],
    [450, "shipped"],
    [451, "shipped"],
    [500, "shipped"],
    [800, "returned"],
    [1000, "cancelled"],
  ] as const)("%i → %s", (number, status) => {
    expect(canonicalStatus(number)).toBe(status);
  });

  it("says partially shipped when a sent order has lines not picked in full", () => {
    expect(canonicalStatus(450, true)).toBe("partially_shipped");
  });
});

describe("Ongoing order read back → status change with shipment", () => {
  // The official "GET response - order with many fields" [S1], trimmed.
  const official = ongoingOrderSchema.parse({
    goodsOwner: { id: 159, name: "REST example" },
    orderInfo: {
      orderId: 50163,
      orderNumber: "O1231234",
      createdDate: "2019-10-10T09:03:49.437Z",
      shippedTime: "2019-10-10T09:05:47.127Z",
      wayBill: "UA65456546",
      returnWayBill: "UE4534434",
      orderStatus: { number: 500, text: "Hämtad" },
    },
    parcels: [
      { id: 207, parcelNumber: "00376546546", isReturnParcel: false },
      { id: 208, parcelNumber: "00371231232", isReturnParcel: true },
    ],
    orderLines: [
      { id: 48838, rowNumber: "1", article: { articleNumber: "1009" }, orderedNumberOfItems: 2.0, pickedNumberOfItems: 2.0, reportedNumberOfItems: null },
    ],
    transporter: { transporterName: "PostNord Sweden AB", name: "PostNord Parcel (Nordic)", code: "PLAB", serviceCode: "P18" },
  });

  it("reads parcels (not the return parcel), carrier, lines and shipped time", () => {
    const change = toStatusChange(official, { now });
    expect(change).toEqual({
      order: { orderNumber: "O1231234", warehouseRef: "50163" },
      status: "shipped",
      partnerStatus: { code: "500", label: "Hämtad" },
      occurredAt: "2019-10-10T09:05:47.127Z",
      shipment: {
        shipmentRef: "ongoing-order-50163",
        orderNumber: "O1231234",
        shippedAt: "2019-10-10T09:05:47.127Z",
        parcels: [{ parcelRef: "207", trackingNumber: "00376546546", carrier: "PostNord Sweden AB" }],
        lines: [{ sku: "1009", quantity: 2, lineRef: "1" }],
        complete: true,
      },
    });
  });

  it("falls back to the order's waybill when there are no parcels", () => {
    const change = toStatusChange({ ...official, parcels: [] }, { now });
    expect(change?.shipment?.parcels).toEqual([{ trackingNumber: "UA65456546", carrier: "PostNord Sweden AB" }]);
  });

  it("reports a back order only once it ships, under the original order number", () => {
    const back = { ...official, orderInfo: { ...official.orderInfo, orderId: 50200, orderNumber: "O1231234-1", advanced: { backOrderInfo: { backOrderForOrderId: 50163 } } } };
    const open = { ...back, orderInfo: { ...back.orderInfo, orderStatus: { number: 200, text: "Open" } } };
    expect(toStatusChange(open, { now, rootOrderNumber: "O1231234" })).toBeNull();
    const sent = toStatusChange(back, { now, rootOrderNumber: "O1231234" });
    expect(sent?.order.orderNumber).toBe("O1231234");
    expect(sent?.shipment?.shipmentRef).toBe("ongoing-order-50200");
  });
});
