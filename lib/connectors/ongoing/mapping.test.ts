import { describe, expect, it } from "vitest";
import { isPartnerError } from "@/lib/http";
import { toStatusChange } from "./map-change";
import { toOngoingOrder } from "./map-order";
import { canonicalStatus } from "./map-status";
import { ongoingOrderSchema } from "./schemas";
import { canonicalOrderFixture } from "./test-fixtures";

const now = new Date("2025-03-01T10:00:00Z");

describe("canonical order → Ongoing PUT /orders body", () => {
  it("maps two lines, separate invoice and delivery addresses and non-ASCII names", () => {
    const body = toOngoingOrder(canonicalOrderFixture(), { goodsOwnerId: 159, shippingCode: "PLAB:P19", notifyConsignee: true, now });
    expect(body).toEqual({
      goodsOwnerId: 159,
      orderNumber: "SO-4711",
      deliveryDate: "2025-03-01",
      goodsOwnerOrderId: "4711",
      referenceNumber: "WEB-2025-0042",
      orderRemark: "Lämna vid dörren",
      consignee: {
        customerNumber: "C-77",
        name: "Björk Guðmundsdóttir",
        address1: "Kungsgatan 5B",
        address2: "c/o Zoë Ærø",
        address3: "Lägenhet 1102",
        postCode: "41119",
        city: "Göteborg",
        countryCode: "SE",
        invoiceAddress: {
          name: "Smörgåsbord AB",
          address1: "Drottninggatan 12",
          address2: "Att. Åsa Öberg",
          postCode: "11151",
          city: "Stockholm",
          countryCode: "SE",
        },
      },
      orderLines: [
        { rowNumber: "L1", articleNumber: "MUG-BLUE", numberOfItems: 2, externalId: "L1", lineTotalCustomsValue: 298 },
        { rowNumber: "L2", articleNumber: "TOWEL-Ø", numberOfItems: 1, externalId: "L2", lineTotalCustomsValue: 250 },
      ],
      transporter: { transporterCode: "PLAB", transporterServiceCode: "P19" },
      emailNotification: { toBeNotified: true, value: "bjork@example.se" },
      smsNotification: { toBeNotified: true, value: "+46701234567" },
      customsInfo: { customsValueCurrencyCode: "SEK" },
    });
  });

  it("sends a transporter without service, and no transporter without a shipping code", () => {
    const order = canonicalOrderFixture();
    expect(toOngoingOrder(order, { goodsOwnerId: 1, shippingCode: "SBTL", notifyConsignee: false, now }).transporter).toEqual({ transporterCode: "SBTL" });
    const plain = toOngoingOrder(order, { goodsOwnerId: 1, notifyConsignee: false, now });
    expect(plain.transporter).toBeUndefined();
    expect(plain.emailNotification).toEqual({ toBeNotified: false, value: "bjork@example.se" });
  });

  it("asks the merchant for a name when an address has none", () => {
    const order = canonicalOrderFixture();
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
