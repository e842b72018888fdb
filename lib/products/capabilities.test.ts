import { describe, expect, it } from "vitest";
import { syncCapabilities } from "./capabilities";

describe("syncCapabilities", () => {
  it("offers products and stock between plentymarkets and wemalo", () => {
    expect(syncCapabilities("plentymarkets", "wemalo")).toEqual({ products: true, stock: true });
  });

  it("offers nothing to a Rackbeat → Webshipper link (Webshipper holds no products or stock)", () => {
    expect(syncCapabilities("rackbeat", "webshipper")).toEqual({ products: false, stock: false });
  });

  it("offers products and stock between Rackbeat and wemalo (Rackbeat as the source, issue 8)", () => {
    expect(syncCapabilities("rackbeat", "wemalo")).toEqual({ products: true, stock: true });
  });

  it("offers nothing for an unknown or missing connection", () => {
    expect(syncCapabilities(undefined, "wemalo")).toEqual({ products: false, stock: false });
    expect(syncCapabilities("plentymarkets", "no-such-connector")).toEqual({ products: false, stock: false });
  });
});
