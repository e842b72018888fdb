import { afterEach, describe, expect, it } from "vitest";
import { rackbeatConnector } from "./index";
import { toProduct } from "./products";
import { caught, rackbeatHarness, type RackbeatHarness } from "./testing";

const source = rackbeatConnector.source!;

describe("Rackbeat connector against the simulator: products and stock", () => {
  let h: RackbeatHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  const addCatalogue = (n: number) => {
    for (let i = 0; i < n; i++) h!.sim.control.addProduct({ number: `RB-${1000 + i}`, name: `Æblemost ${i}`, barcode: "5701234567899", weightGrams: 1200 });
  };

  it("lists the catalogue page by page (page + limit, as every list), SKU = number", async () => {
    h = await rackbeatHarness();
    addCatalogue(450);
    h.sim.control.addProduct({ number: "OLD-1", name: "Udgået", barred: true });
    const first = await source.listProducts!(h.ctx, { updatedSince: null, cursor: null });
    expect(first.items).toHaveLength(200);
    expect(first.items[0]).toEqual({ product: { sku: "OLD-1", name: "Udgået", barcodes: [], active: false } });
    expect(first.items[1]).toEqual({ product: { sku: "RB-1000", name: "Æblemost 0", ean: "5701234567899", barcodes: [], weightGrams: 1200, active: true } });
    expect([first.hasMore, first.nextCursor]).toEqual([true, "2"]);
    const second = await source.listProducts!(h.ctx, { updatedSince: null, cursor: first.nextCursor });
    const third = await source.listProducts!(h.ctx, { updatedSince: null, cursor: second.nextCursor });
    expect([second.items.length, third.items.length, third.hasMore, third.nextCursor]).toEqual([200, 51, false, null]);
    const lists = h.sim.control.requests().filter((r) => r.path === "/products");
    expect(lists.map((r) => new URLSearchParams(r.query).get("page"))).toEqual(["1", "2", "3"]);
    expect(lists.every((r) => new URLSearchParams(r.query).get("limit") === "200")).toBe(true);
  });

  it("lists only what changed since a time", async () => {
    h = await rackbeatHarness();
    addCatalogue(30);
    h.clock.advance(60_000);
    const since = new Date(h.clock.now());
    h.sim.control.addProduct({ number: "RB-1007", name: "Æblemost 7 (ny)" });
    h.sim.control.addProduct({ number: "NEW-1", name: "Pæremost", weightGrams: 700 });
    const changed = await source.listProducts!(h.ctx, { updatedSince: since, cursor: null });
    expect(changed.items.map((i) => [i.product.sku, i.product.name])).toEqual([
      ["NEW-1", "Pæremost"],
      ["RB-1007", "Æblemost 7 (ny)"],
    ]);
    expect(changed.hasMore).toBe(false);
    expect(new URLSearchParams(h.sim.control.requests().at(-1)!.query).get("updated_after")).toBe(since.toISOString());
  });

  it("reads weights in their unit and a barcode as the EAN", () => {
    expect(toProduct({ number: "A", name: "A", physical: { weight: 1.25, weight_unit: "kg" } })?.weightGrams).toBe(1250);
    expect(toProduct({ number: "42", name: "B", physical: { weight: 300 } })).toMatchObject({ sku: "42", weightGrams: 300 });
    expect(toProduct({ number: "C", name: "C", physical: { weight: 3, weight_unit: "stone" } })?.weightGrams).toBeUndefined();
    expect(toProduct({ number: "D", name: "", barcode: "123" })).toEqual({ sku: "D", name: "", ean: "123", barcodes: [], active: true });
    expect(toProduct({ number: " ", name: "no number" })).toBeUndefined();
  });

  it("gets products by number and leaves out the ones Rackbeat lacks", async () => {
    h = await rackbeatHarness();
    h.sim.control.addProduct({ number: "ÆBLE/1", name: "Æble", weightGrams: 150 });
    h.sim.control.addProduct({ number: "BÆR-2", name: "Bær" });
    const found = await source.getProducts!(h.ctx, { skus: ["ÆBLE/1", "NOPE", "BÆR-2", "ÆBLE/1"] });
    expect(found.map((p) => p.product)).toEqual([
      { sku: "ÆBLE/1", name: "Æble", barcodes: [], weightGrams: 150, active: true },
      { sku: "BÆR-2", name: "Bær", barcodes: [], active: true },
    ]);
  });

  it("sets the stock at the connection's location by adjustment, never below 0, and reports a product Rackbeat lacks", async () => {
    h = await rackbeatHarness({ settings: { stockLocation: "2" } });
    h.sim.control.addProduct({ number: "A", name: "A" });
    h.sim.control.addProduct({ number: "B", name: "B" });
    h.sim.control.addProduct({ number: "C", name: "C" });
    h.sim.control.setStock("A", "2", 5);
    h.sim.control.setStock("A", "1", 40);
    h.sim.control.setStock("B", "2", 3);
    h.sim.control.setStock("C", "2", 8);
    const results = await source.writeStock!(h.ctx, {
      changes: [
        { sku: "A", quantity: 12 },
        { sku: "B", quantity: -4 },
        { sku: "C", quantity: 8 },
        { sku: "NOPE", quantity: 1 },
      ],
    });
    expect(results).toEqual([
      { sku: "A", outcome: "written" },
      { sku: "B", outcome: "written" },
      { sku: "C", outcome: "written" },
      { sku: "NOPE", outcome: "unknown_sku", error: expect.stringContaining("NOPE") },
    ]);
    expect([h.sim.control.stockAt("A", "2"), h.sim.control.stockAt("B", "2"), h.sim.control.stockAt("C", "2")]).toEqual([12, 0, 8]);
    expect(h.sim.control.stockAt("A", "1")).toBe(40); // another location is left alone
    expect(h.sim.control.adjustments().map((a) => [a.item_number, a.location_number, a.quantity, a.item_type])).toEqual([
      ["A", "2", 7, "product"],
      ["B", "2", -3, "product"],
    ]); // C already held 8: nothing posted
  });

  it("books at location 1 when the connection names none", async () => {
    h = await rackbeatHarness();
    h.sim.control.addProduct({ number: "A", name: "A" });
    expect(await source.writeStock!(h.ctx, { changes: [{ sku: "A", quantity: 9 }] })).toEqual([{ sku: "A", outcome: "written" }]);
    expect(h.sim.control.stockAt("A", "1")).toBe(9);
  });

  it("a refused adjustment is 'failed' with Rackbeat's reason, the rest are written; an unknown location is 'failed' and names the setting", async () => {
    h = await rackbeatHarness();
    h.sim.control.addProduct({ number: "LOT-1", name: "Lot-tracked" });
    h.sim.control.addProduct({ number: "A", name: "A" });
    h.sim.control.refuseAdjustments("LOT-1", "Products tracked by lot must be adjusted per lot.");
    const results = await source.writeStock!(h.ctx, { changes: [{ sku: "LOT-1", quantity: 4 }, { sku: "A", quantity: 2 }] });
    expect(results).toEqual([
      { sku: "LOT-1", outcome: "failed", error: expect.stringContaining("Products tracked by lot must be adjusted per lot.") },
      { sku: "A", outcome: "written" },
    ]);

    const elsewhere = h.contextFor({}, { stockLocation: "99" });
    expect(await source.writeStock!(elsewhere, { changes: [{ sku: "A", quantity: 3 }] })).toEqual([
      { sku: "A", outcome: "failed", error: expect.stringMatching(/no location 99.*settings/) },
    ]);
  });

  it("a malformed answer is a classified PartnerError, not a crash", async () => {
    const harness = (h = await rackbeatHarness());
    harness.sim.control.addProduct({ number: "A", name: "A" });
    harness.sim.control.faults.set({ malformedRate: 1 });
    for (const call of [
      () => source.listProducts!(harness.ctx, { updatedSince: null, cursor: null }),
      () => source.getProducts!(harness.ctx, { skus: ["A"] }),
      () => source.writeStock!(harness.ctx, { changes: [{ sku: "A", quantity: 1 }] }),
    ]) {
      const error = await caught(call());
      expect([error.kind, error.reason]).toEqual(["transient", "malformed_response"]);
    }
    expect(harness.sim.control.adjustments()).toEqual([]);
  });
});
