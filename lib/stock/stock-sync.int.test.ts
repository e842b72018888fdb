import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { linkProducts, links } from "@/db/schema";
import { driftReport } from "@/lib/products/drift";
import { listLinkProducts } from "@/lib/products/list";
import { syncProducts } from "@/lib/products/sync";
import { catalogue, catalogueSku } from "@/lib/products/testing";
import { pipelineWorld, type OngoingWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { syncStock } from "./sync";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const roomy = { wemalo: { rateLimit: { maxCalls: 100_000 } } };
/** pipelineWorld's plentymarkets connection: warehouse 104, storage location 12 (seed 004's IDs). */
const WAREHOUSE = 104;
const LOCATION = 12;

async function setBuffer(w: WemaloWorld | OngoingWorld, stockBuffer: number) {
  await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop", stockBuffer } }).where(eq(links.id, w.linkId)));
}

const corrections = (w: WemaloWorld | OngoingWorld) => w.plenty.control.requests().filter((r) => r.method === "PUT" && r.path.endsWith("/stock/correction"));

describe("stock sync, wemalo → plentymarkets", () => {
  it("writes 100 changed SKUs into the connection's warehouse and storage location, then nothing for unchanged ones", async () => {
    const w = (world = await pipelineWorld("wemalo", {}, roomy));
    w.plenty.control.putVariations(catalogue(100));
    await syncProducts(w.tenantId, w.linkId);
    for (let i = 1; i <= 100; i++) w.wemalo.control.setStock(catalogueSku(i), i * 3);

    w.plenty.control.clearRequests();
    const first = await syncStock(w.tenantId, w.linkId);
    expect(first).toMatchObject({ outcome: "synced", failed: 0 });
    expect(first.written).toBe(104); // the 100 and the sandbox's own 4, all new to the shop
    for (const i of [1, 50, 100]) expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(i))).toBe(i * 3);
    const booked = w.plenty.control.corrections();
    expect(booked.length).toBe(104);
    expect(booked.every((c) => c.warehouseId === WAREHOUSE && c.storageLocationId === LOCATION && c.reasonId === 301)).toBe(true);
    expect(corrections(w)).toHaveLength(2); // 100 corrections per request

    // 100 SKUs change at the warehouse; one more stays as it was.
    for (let i = 1; i <= 100; i++) w.wemalo.control.setStock(catalogueSku(i), i * 3 + 1);
    w.plenty.control.clearRequests();
    const before = w.plenty.control.corrections().length;
    const second = await syncStock(w.tenantId, w.linkId);
    expect(second).toMatchObject({ written: 100, failed: 0 });
    expect(w.plenty.control.corrections().length - before).toBe(100);
    expect(corrections(w)).toHaveLength(1);
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(7))).toBe(22);

    // Nothing changed since: the shop is not called at all.
    w.plenty.control.clearRequests();
    const third = await syncStock(w.tenantId, w.linkId);
    expect(third.written).toBe(0);
    expect(w.plenty.control.requests().filter((r) => !r.path.startsWith("/rest/login"))).toEqual([]);

    const [row] = await withTenant(w.tenantId, (tx) => tx.select().from(linkProducts).where(and(eq(linkProducts.linkId, w.linkId), eq(linkProducts.sku, catalogueSku(7)))));
    expect(row).toMatchObject({ warehouseQty: 22, sourceQty: 22 });
    expect(row!.stockSyncedAt).toBeInstanceOf(Date);
  });

  it("shows the shop the warehouse's stock minus the link's buffer, never below 0", async () => {
    const w = (world = await pipelineWorld("wemalo", {}, roomy));
    w.plenty.control.putVariations(catalogue(3));
    await syncProducts(w.tenantId, w.linkId);
    await setBuffer(w, 5);
    w.wemalo.control.setStock(catalogueSku(1), 50);
    w.wemalo.control.setStock(catalogueSku(2), 3);
    w.wemalo.control.setStock(catalogueSku(3), 0);
    await syncStock(w.tenantId, w.linkId);
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(1))).toBe(45);
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(2))).toBe(0);
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(3))).toBe(0);
    expect(w.plenty.control.corrections().every((c) => c.quantity >= 0)).toBe(true);

    const page = await listLinkProducts(w.tenantId, w.linkId, { q: "art-0000" });
    expect(page.rows.find((r) => r.sku === catalogueSku(1))).toMatchObject({ warehouseQty: 50, sourceQty: 45, expectedSourceQty: 45, drift: false });

    // A bigger buffer: the shop's figures now differ from what they should be (drift) until the next full sync.
    await setBuffer(w, 10);
    // (The sandbox's own 4 SKUs hold 10,000 each at the warehouse and drift too.)
    const drift = await driftReport(w.tenantId, w.linkId);
    expect(drift.stockDiffers.filter((d) => d.sku.startsWith("ART-"))).toEqual([{ sku: catalogueSku(1), warehouseQty: 50, sourceQty: 45, expected: 40 }]);
    expect(drift.stockDiffers).toHaveLength(5);
    expect((await listLinkProducts(w.tenantId, w.linkId, { drift: true, q: "ART" })).rows.map((r) => r.sku)).toEqual([catalogueSku(1)]);
    await syncStock(w.tenantId, w.linkId, { full: true });
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(1))).toBe(40);
    expect((await driftReport(w.tenantId, w.linkId)).stockDiffers).toEqual([]);
  });
});

describe("stock sync, Ongoing → plentymarkets", () => {
  it("reads Ongoing's sellable stock and writes it to the shop", async () => {
    const w = (world = await pipelineWorld("ongoing"));
    w.plenty.control.putVariations(catalogue(3));
    await syncProducts(w.tenantId, w.linkId);
    w.ongoing.control.setStock(catalogueSku(2), 17);
    const result = await syncStock(w.tenantId, w.linkId);
    expect(result.failed).toBe(0);
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(2))).toBe(17);
    w.ongoing.control.setStock(catalogueSku(2), 9);
    expect(await syncStock(w.tenantId, w.linkId)).toMatchObject({ written: 1 });
    expect(w.plenty.control.stockAt(WAREHOUSE, LOCATION, catalogueSku(2))).toBe(9);
  });
});
