import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ongoingConnector } from "./index";
import { FIXTURE_SKUS, ongoingHarness, type OngoingHarness, orderFixture } from "./testing";

const warehouse = ongoingConnector.warehouse!;

describe("Ongoing connector against the simulator: articles and stock", () => {
  let h: OngoingHarness;
  beforeEach(async () => {
    h = await ongoingHarness();
  });
  afterEach(() => h.close());

  it("upserts articles one after another and tells created from updated", async () => {
    const first = await warehouse.upsertProducts!(h.ctx, {
      products: [
        { sku: "TS-BLK-M", name: "Kaffekopp blå", ean: "7350000000016", barcodes: [], weightGrams: 350, customsTariffNumber: "69120000", countryOfOrigin: "SE", active: true },
        { sku: "CAP-GRN", name: "Handduk Øresund", barcodes: [], active: true },
      ],
    });
    expect(first).toEqual([
      { sku: "TS-BLK-M", outcome: "created" },
      { sku: "CAP-GRN", outcome: "created" },
    ]);
    const again = await warehouse.upsertProducts!(h.ctx, { products: [{ sku: "TS-BLK-M", name: "Kaffekopp ljusblå", barcodes: [], active: true }] });
    expect(again).toEqual([{ sku: "TS-BLK-M", outcome: "updated" }]);

    const mug = h.sim.control.articles().find((a) => a.articleNumber === "TS-BLK-M")!;
    expect(mug).toMatchObject({ articleName: "Kaffekopp ljusblå", weight: 0.35, statisticsNumber: "69120000", countryOfOriginCode: "SE", barCodeInfo: { barCode: "7350000000016" } });
    expect(h.sim.control.articles()).toHaveLength(2);
    const puts = h.log.entries.filter((e) => e.method === "PUT").map((e) => e.startedAt);
    expect(puts).toEqual([...puts].sort());
  });

  it("lets an order through once its articles exist", async () => {
    await warehouse.upsertProducts!(h.ctx, {
      products: FIXTURE_SKUS.map((sku) => ({ sku, name: sku, barcodes: [], active: true })),
    });
    const result = await warehouse.submitOrder(h.ctx, { order: orderFixture() });
    expect(result.created).toBe(true);
  });

  it("reads stock levels, all of them or only those changed since a time", async () => {
    h.sim.control.setStock("A-1", 10);
    h.sim.control.setStock("A-2", 4, { locked: 1 });
    h.clock.advance(60_000);
    const since = new Date(h.clock.now());
    h.clock.advance(60_000);
    h.sim.control.setStock("A-2", 6, { locked: 1 });

    const all = await warehouse.getStockLevels!(h.ctx, {});
    expect(all.map((s) => [s.sku, s.available, s.physical, s.reserved])).toEqual([
      ["A-1", 10, 10, 0],
      ["A-2", 5, 6, 1],
    ]);
    const changed = await warehouse.getStockLevels!(h.ctx, { changedSince: since });
    expect(changed.map((s) => s.sku)).toEqual(["A-2"]);
    const some = await warehouse.getStockLevels!(h.ctx, { skus: ["A-1"] });
    expect(some.map((s) => s.sku)).toEqual(["A-1"]);
    expect(await warehouse.getStockLevels!(h.ctx, { skus: [] })).toEqual([]);
  });

  it("reads everything instead of failing when asked for changes older than Ongoing allows", async () => {
    h.sim.control.setStock("A-1", 3);
    h.clock.advance(3 * 24 * 3600_000);
    const levels = await warehouse.getStockLevels!(h.ctx, { changedSince: new Date(h.clock.now() - 2 * 24 * 3600_000) });
    expect(levels.map((s) => s.sku)).toEqual(["A-1"]);
  });

  it("pages through more articles than fit in one answer", async () => {
    for (let i = 0; i < 501; i++) h.sim.control.upsertArticle({ articleNumber: `BULK-${String(i).padStart(3, "0")}` });
    const levels = await warehouse.getStockLevels!(h.ctx, {});
    expect(levels).toHaveLength(501);
    expect(new Set(levels.map((l) => l.sku)).size).toBe(501);
    expect(h.log.entries.filter((e) => e.operation === "list articles")).toHaveLength(2);
  });
});
