import { describe, expect, it } from "vitest";
import { canonicalOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { defaultLinkMappings, type LinkMappings } from "@/db/schema/pipeline";
import type { Order } from "@/lib/orders";
import { validateOrder } from "./validate-order";

const base: Order = canonicalOrderFixture;
const mappings = (patch: Partial<LinkMappings> = {}): LinkMappings => ({ ...defaultLinkMappings, shippingMethods: { [base.shippingMethod.code]: "dhl_paket" }, ...patch });

describe("validateOrder", () => {
  it("passes a complete order and names the warehouse's shipping code", () => {
    const result = validateOrder(base, mappings());
    expect(result).toMatchObject({ ok: true, shippingCode: "dhl_paket" });
  });

  it("maps SKUs through the link's SKU map", () => {
    const sku = base.lines[0]!.sku;
    const result = validateOrder(base, mappings({ skuMap: { [sku]: "WH-1" } }));
    expect(result.ok && result.order.lines[0]!.sku).toBe("WH-1");
    expect(base.lines[0]!.sku).toBe(sku);
  });

  it("with skuPolicy mapped, an unmapped SKU is an unknown_sku problem", () => {
    const result = validateOrder(base, mappings({ skuPolicy: "mapped", skuMap: {} }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.kind)).toEqual(["unknown_sku"]);
  });

  it("a SKU or shipping method named like an Object member is data, not the prototype's", () => {
    const line = base.lines[0]!;
    const odd = { ...base, shippingMethod: { ...base.shippingMethod, code: "toString" }, lines: [{ ...line, sku: "constructor" }] };
    expect(validateOrder(odd, mappings({ shippingMethods: {} }))).toMatchObject({ ok: true, order: { lines: [{ sku: "constructor" }] }, shippingCode: undefined });
    const strict = validateOrder(odd, mappings({ skuPolicy: "mapped", skuMap: { OTHER: "X" }, shippingMethods: { other: "x" } }));
    expect(!strict.ok && strict.problems.map((p) => p.kind)).toEqual(["unknown_sku", "unmapped_shipping_method"]);
  });

  it("an unmapped shipping method is a problem once the link maps any; no map leaves the warehouse default", () => {
    expect(validateOrder(base, mappings({ shippingMethods: { other: "x" } }))).toMatchObject({ ok: false, problems: [{ kind: "unmapped_shipping_method" }] });
    expect(validateOrder(base, mappings({ shippingMethods: {} }))).toMatchObject({ ok: true, shippingCode: undefined });
  });

  it("a German address without a house number, or without a name, is a bad address", () => {
    const noNumber = { ...base, deliveryAddress: { ...base.deliveryAddress, countryCode: "DE", street: "Hauptstraße", houseNumber: undefined } };
    expect(validateOrder(noNumber, mappings())).toMatchObject({ ok: false, problems: [{ kind: "bad_address", message: expect.stringMatching(/house number/) }] });
    const noName = { ...base, deliveryAddress: { ...base.deliveryAddress, firstName: undefined, lastName: undefined, company: undefined } };
    expect(validateOrder(noName, mappings())).toMatchObject({ ok: false, problems: [{ kind: "bad_address", message: expect.stringMatching(/name/) }] });
  });

  it("reports every problem at once", () => {
    const bad = { ...base, deliveryAddress: { ...base.deliveryAddress, city: " " } };
    const result = validateOrder(bad, mappings({ skuPolicy: "mapped", shippingMethods: { other: "x" } }));
    expect(!result.ok && result.problems.map((p) => p.kind)).toEqual(["bad_address", "unknown_sku", "unmapped_shipping_method"]);
  });
});
