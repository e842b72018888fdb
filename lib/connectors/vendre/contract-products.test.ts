import { afterEach, describe, expect, it } from "vitest";
import { vendreConnector } from "./index";
import { vendreHarness, type VendreHarness } from "./testing";

const source = vendreConnector.source!;

describe("Vendre connector against the simulator: products and stock", () => {
  let h: VendreHarness;
  afterEach(() => h?.close());

  it("lists the catalogue page by page, and what changed since a time", async () => {
    h = await vendreHarness();
    h.sim.control.putProducts(Array.from({ length: 260 }, (_, i) => ({ model: `47-${1000 + i}`, name: `Skjorta ${i}`, ean: "7350000000016", weight: 250 })));
    const first = await source.listProducts!(h.ctx, { updatedSince: null, cursor: null });
    expect(first.items).toHaveLength(250);
    expect(first.items[0]).toEqual({ product: { sku: "47-1000", name: "Skjorta 0", ean: "7350000000016", barcodes: [], weightGrams: 250, active: true }, sourceRef: expect.stringMatching(/^\d+$/) });
    expect(first.hasMore).toBe(true);
    const second = await source.listProducts!(h.ctx, { updatedSince: null, cursor: first.nextCursor });
    expect(second.items.map((i) => i.product.sku)).toEqual(Array.from({ length: 10 }, (_, i) => `47-${1250 + i}`));
    expect(second.hasMore).toBe(false);

    h.clock.advance(60_000);
    const since = new Date(h.clock.now());
    h.sim.control.putProducts([{ model: "47-1007", name: "Skjorta 7 (ny)" }]);
    const changed = await source.listProducts!(h.ctx, { updatedSince: since, cursor: null });
    expect(changed.items.map((i) => i.product)).toEqual([expect.objectContaining({ sku: "47-1007", name: "Skjorta 7 (ny)" })]);
  });

  it("sets stock per product, never negative, and reports an article the shop lacks", async () => {
    h = await vendreHarness();
    const [blazer] = h.sim.control.putProducts([{ model: "47-0956", name: "Blazer", quantity: 3 }, { model: "47-0957", name: "Shirt" }]);
    const results = await source.writeStock!(h.ctx, {
      changes: [
        { sku: "47-0956", quantity: 12, sourceRef: String(blazer!.id) },
        { sku: "47-0957", quantity: -4 },
        { sku: "NOPE", quantity: 1 },
      ],
    });
    expect(results).toEqual([
      { sku: "47-0956", outcome: "written" },
      { sku: "47-0957", outcome: "written" },
      { sku: "NOPE", outcome: "unknown_sku", error: expect.stringContaining("NOPE") },
    ]);
    expect(h.sim.control.products().map((p) => [p.model, p.quantity])).toEqual([
      ["47-0956", 12],
      ["47-0957", 0],
    ]);
  });
});
