import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { isPartnerError, parseResponse } from "@/lib/http";
import { orderSchema as canonicalOrderSchema, shipmentSchema, statusChangeSchema } from "@/lib/orders";
import { applyMutations, nearValid } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { toStatusChange } from "./ongoing/map-change";
import { ongoingOrderSchema } from "./ongoing/schemas";
import { plentyCountriesFixture, plentyOrderFixture } from "./plentymarkets/fixtures";
import { mapPlentyOrder } from "./plentymarkets/map-order";
import { orderSchema as plentyOrderSchema } from "./plentymarkets/schemas";
import { fromRackbeatOrder } from "./rackbeat/map-order";
import { toChange as rackbeatChange } from "./rackbeat/map-status";
import { rbOrderSchema } from "./rackbeat/schemas";
import { mapVendreOrder } from "./vendre/map-order";
import { vendreOrderSchema } from "./vendre/schemas";
import { toChanges as webshipperChanges } from "./webshipper/map-change";
import { fromWebshipperOrder } from "./webshipper/map-order";
import { wsOrderSchema, wsShipmentSchema } from "./webshipper/schemas";
import { groupShipments } from "./wemalo/shipments";
import { orderStatusResponse, sentPackagesResponse } from "./wemalo/schemas";
import { mapWemaloStatus } from "./wemalo/status-map";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const NOW = new Date("2026-01-05T10:00:00Z");

const vendreOrder = {
  id: 5001, status: 1, date_purchased: "2026-01-04 12:30:00", last_modified: null, currency: "SEK", language: "sv", payment_method: "Klarna", payment_method_code: "klarna",
  shipment_method: "PostNord MyPack", shipping_method_code: "pn_mypack", comment: "Lämna vid dörren",
  customer: { id: 77, name: "Åsa Öberg", company: null, street_address: "Storgatan 5B", street_address2: null, postcode: "211 41", city: "Malmö", country: "Sverige", country_code: "SE", telephone: "+46701234567", email_address: "asa@example.se" },
  delivery_address: { name: "Åsa Öberg", street_address: "Storgatan 5B", postcode: "211 41", city: "Malmö", country_code: "SE" },
  products: [{ id: 1, product_id: 10, name: "Tröja", model: "TS-BLK-M", quantity: 2, price_each: 199.2, tax: 25 }, { id: 2, name: "Keps", model: "CAP-GRN", quantity: "1", price_each: "79.20", tax: 25 }],
  totals: [{ class: "shipping", value: 49 }, { class: "total", value: 800 }],
  packages: [],
};
const rackbeatOrder = {
  number: 10041, customer: { number: 1001, name: "Søren Ærøskøbing" }, currency: "dkk", their_reference: null, delivery_terms: { id: 2, name: "GLS Erhverv" },
  delivery_address: { name: "Søren Ærøskøbing", street: "Åboulevarden 12", street2: "3. th.", zipcode: "8000", city: "Århus C", country: "dk", email: "soren@example.dk", phone: "+4512345678" },
  billing_address: null,
  lines: [{ id: 701, item: { number: "ÆBLE-1", name: "Æblemost", physical: { weight: 1200 } }, name: "Æblemost – økologisk", quantity: 2, line_price: 49.95, vat_percentage: 25 }],
  is_booked: true, is_shipped: false, is_partly_shipped: false, is_cancelled: false, created_at: "2025-03-01T08:00:00.000Z", updated_at: "2025-03-01T08:00:00.000Z",
};
const webshipperOrder = {
  id: "1001", type: "orders",
  attributes: {
    ext_ref: "RB-10041", visible_ref: "10041", status: "partly_dispatched", currency: "DKK", shipping_rate_id: 8, error_message: null, error_class: null,
    delivery_address: { att_contact: "Søren Ærøskøbing", company_name: null, address_1: "Åboulevarden 12", zip: "8000", city: "Århus C", country_code: "DK", email: "soren@example.dk", phone: "+4512345678" },
    billing_address: null,
    order_lines: [{ id: 5001, ext_ref: "L1", sku: "ÆBLE-1", description: "Æblemost", quantity: 2, unit_price: 49.95, vat_percent: 25, weight: 1.2, weight_unit: "kg" }],
    created_at: "2025-03-01T08:00:00.000Z", updated_at: "2025-03-01T08:05:00.000Z",
  },
};
const webshipperShipment = {
  id: 77, type: "shipments",
  attributes: { reference: "1001", is_return: false, carrier_alias: "GLS", carrier_type_name: "gls", packages: [{ weight: 1.2, order_lines: [{ id: 5001, sku: "ÆBLE-1", quantity: 1 }] }], tracking_links: [{ url: "https://gls.example/T1", number: "T1" }], created_at: "2025-03-02T08:00:00.000Z" },
  relationships: { order: { data: { id: "1001", type: "orders" } } },
};
const ongoingOrder = {
  goodsOwner: { id: 159, name: "Shop" },
  orderInfo: { orderId: 55, orderNumber: "4711", orderStatus: { number: 450, text: "Sent" }, createdDate: "2026-01-04T10:00:00", shippedTime: "2026-01-05T09:00:00+01:00", wayBill: "W1", advanced: null },
  parcels: [{ id: 1, parcelNumber: "P1", isReturnParcel: false, tracking: { waybill: "W1", trackingUrl: "https://t.example/W1" } }],
  orderLines: [{ id: 1, rowNumber: "1", article: { articleNumber: "TS-BLK-M" }, orderedNumberOfItems: 2, pickedNumberOfItems: 1, pickedArticleItems: [{ numberOfItems: 1, parcel: { id: 1 } }] }],
  transporter: { transporterName: "PostNord", name: "MyPack", code: "PLAB", serviceCode: "P19" },
  tracking: [{ waybill: "W1", trackingUrl: "https://t.example/W1" }],
};
const wemaloSentPackages = {
  page: 1, additionalPage: false,
  bookings: [
    { historyId: 1, goodsOrderId: 5, externalGoodsOrderId: "4711", sku: "TS-BLK-M", count: 2, trackingNumber: "00340434", bookingDate: "2026-01-05 09:00:00", handoverDate: null, dispatcherName: "DHL", dispatcherProduct: "paket", packageId: 9 },
    { historyId: 2, goodsOrderId: 5, externalGoodsOrderId: "4711", sku: "CAP-GRN", count: 1, trackingNumber: "00340434", bookingDate: "2026-01-05 09:00:00" },
  ],
};
const wemaloStatus = { statusId: "7", statusName: "PARTIAL", reasonPartiallyReserved: "SKU-9", blockReason: null, id: 5, orderNumber: "4711" };

type Mapped = { ok: true; order: unknown } | { ok: false; reason: string };

interface Target {
  parser: string;
  partner: string;
  schema: z.ZodType;
  sample: unknown;
  /** What the connector does next with the parsed payload; returns canonical orders/changes/shipments to check. */
  use(parsed: never): { orders?: Mapped[]; changes?: unknown[]; shipments?: unknown[] };
}

const targets: Target[] = [
  { parser: "plentymarkets: order", partner: "plentymarkets", schema: plentyOrderSchema, sample: plentyOrderFixture, use: (o) => ({ orders: [mapPlentyOrder(o, { countries: plentyCountriesFixture })] }) },
  { parser: "vendre: order", partner: "vendre", schema: vendreOrderSchema, sample: vendreOrder, use: (o) => ({ orders: [mapVendreOrder(o)] }) },
  { parser: "rackbeat: order", partner: "rackbeat", schema: rbOrderSchema, sample: rackbeatOrder, use: (o) => ({ orders: [fromRackbeatOrder(o)], changes: [rackbeatChange(o)] }) },
  {
    parser: "webshipper: order", partner: "webshipper", schema: wsOrderSchema, sample: webshipperOrder,
    use: (o) => ({ orders: [fromWebshipperOrder(o, { rateName: "GLS" })], changes: webshipperChanges(o, [wsShipmentSchema.parse(webshipperShipment)], NOW) }),
  },
  { parser: "webshipper: shipment", partner: "webshipper", schema: wsShipmentSchema, sample: webshipperShipment, use: (s) => ({ changes: webshipperChanges(wsOrderSchema.parse(webshipperOrder), [s], NOW) }) },
  { parser: "ongoing: order", partner: "ongoing", schema: ongoingOrderSchema, sample: ongoingOrder, use: (o) => ({ changes: [toStatusChange(o, { now: NOW })].filter((c) => c !== null) }) },
  {
    parser: "wemalo: sent packages", partner: "wemalo", schema: sentPackagesResponse, sample: wemaloSentPackages,
    use: (p: z.infer<typeof sentPackagesResponse>) => ({ shipments: groupShipments(p.bookings).map((s) => ({ ...s.shipment, complete: true })) }),
  },
  {
    parser: "wemalo: order status", partner: "wemalo", schema: orderStatusResponse, sample: wemaloStatus,
    use: (s: z.infer<typeof orderStatusResponse>) => {
      const mapped = mapWemaloStatus(s.statusName, s.reasonPartiallyReserved, s.blockReason);
      return { changes: [{ order: { orderNumber: "4711" }, status: mapped.status, partnerStatus: { code: s.statusId ?? s.statusName, label: s.statusName }, occurredAt: NOW.toISOString(), ...(mapped.reason ? { reason: mapped.reason } : {}) }] };
    },
  },
];

function expectCanonical(result: ReturnType<Target["use"]>): void {
  for (const mapped of result.orders ?? []) {
    if (mapped.ok) {
      const valid = canonicalOrderSchema.safeParse(mapped.order);
      expect(valid.success, `mapped order is not canonical: ${JSON.stringify(valid.error?.issues[0])}`).toBe(true);
    } else {
      expect(mapped.reason).toMatch(/\w{3}/);
    }
  }
  for (const change of result.changes ?? []) {
    const valid = statusChangeSchema.safeParse(change);
    expect(valid.success, `change is not canonical: ${JSON.stringify(valid.error?.issues[0])}`).toBe(true);
  }
  for (const shipment of result.shipments ?? []) {
    const valid = shipmentSchema.safeParse(shipment);
    expect(valid.success, `shipment is not canonical: ${JSON.stringify(valid.error?.issues[0])}`).toBe(true);
  }
}

/** The property every near-valid payload must hold; returns what happened, for the regression cases. */
function checkNearValid(target: Target, value: unknown): "refused" | "not mapped" | "mapped" {
  const parsed = outcomeOf(() => parseResponse(target.schema, value, { partner: target.partner, operation: "fuzz" }));
  if (!parsed.ok) {
    expect(isPartnerError(parsed.error), String(parsed.error)).toBe(true);
    expect(parsed.error).toMatchObject({ kind: "transient", reason: "malformed_response" });
    expect((parsed.error as Error).message).toMatch(new RegExp(`^malformed response from ${target.partner} \\(fuzz\\): \\S+: .+`));
    return "refused";
  }
  const used = outcomeOf(() => target.use(parsed.value as never));
  if (!used.ok) {
    // A connector may refuse with a PartnerError (e.g. needs_merchant); anything else is a crash.
    expect(isPartnerError(used.error), (used.error as Error)?.stack ?? String(used.error)).toBe(true);
    return "refused";
  }
  expectCanonical(used.value);
  return (used.value.orders ?? []).some((o) => !o.ok) ? "not mapped" : "mapped";
}

describe("partner payloads under fuzzing: parse with the connector's schema, then map", () => {
  for (const target of targets) {
    it(`${target.parser}: the valid sample maps to canonical data`, () => {
      const result = target.use(parseResponse(target.schema, target.sample, target.partner) as never);
      expectCanonical(result);
      for (const mapped of result.orders ?? []) expect(mapped.ok, mapped.ok ? "" : mapped.reason).toBe(true);
    });

    it(`${target.parser}: a near-valid payload is refused naming the field, or maps to canonical data or a worded refusal`, (ctx) => {
      fuzz(ctx, target.parser, fc.property(nearValid(target.sample), ({ value }) => {
        checkNearValid(target, value);
      }), 400);
    });
  }
});

/** Counterexamples fuzzing found (each crashed a mapper or produced an order or change that is not canonical). */
describe("regressions found by fuzzing", () => {
  const target = (parser: string) => targets.find((t) => t.parser === parser)!;
  it.each([
    ["rackbeat: order", ["updated_at"], "", "refused", "updated_at: not a readable date"],
    ["rackbeat: order", ["currency"], "", "mapped", ""],
    ["rackbeat: order", ["lines", 0, "quantity"], 2 ** 53, "not mapped", ""],
    ["webshipper: order", ["id"], "", "refused", "id: "],
    ["webshipper: order", ["attributes", "delivery_address", "country_code"], " ", "not mapped", ""],
    ["webshipper: shipment", ["attributes", "created_at"], "x".repeat(100), "refused", "attributes.created_at: not a readable date"],
    ["ongoing: order", ["orderLines", 0, "pickedArticleItems", 0, "numberOfItems"], 1e308, "refused", "numberOfItems"],
    ["ongoing: order", ["orderInfo", "orderNumber"], "", "refused", "orderInfo.orderNumber"],
    ["ongoing: order", ["orderLines", 0, "article", "articleNumber"], "", "refused", "articleNumber"],
    ["wemalo: sent packages", ["bookings", 0, "count"], 0, "mapped", ""],
    ["wemalo: sent packages", ["bookings", 1, "sku"], "", "refused", "bookings[1].sku"],
    ["wemalo: sent packages", ["bookings", 0, "trackingNumber"], "", "refused", "bookings[0].trackingNumber"],
    ["vendre: order", ["products", 1, "tax"], -1, "not mapped", ""],
  ] as const)("%s with %j = %j", (parser, path, value, expected, message) => {
    const t = target(parser);
    const mutated = applyMutations(t.sample, [{ path: [...path], op: "replace", value }]);
    expect(checkNearValid(t, mutated)).toBe(expected);
    if (expected === "refused") expect(() => parseResponse(t.schema, mutated, t.partner)).toThrow(message);
  });
});
