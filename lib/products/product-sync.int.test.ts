import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { exceptions, linkProducts, links } from "@/db/schema";
import { pipelineWorld, type OngoingWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { listLinkProducts } from "./list";
import { syncProducts } from "./sync";
import { catalogue, catalogueSku } from "./testing";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const roomy = { wemalo: { rateLimit: { maxCalls: 100_000 } } };

async function rows(w: WemaloWorld | OngoingWorld) {
  return withTenant(w.tenantId, (tx) => tx.select().from(linkProducts).where(eq(linkProducts.linkId, w.linkId)));
}

async function openLinkExceptions(w: WemaloWorld | OngoingWorld) {
  return withTenant(w.tenantId, (tx) => tx.select().from(exceptions).where(and(eq(exceptions.linkId, w.linkId), eq(exceptions.status, "open"))));
}

describe("product sync, plentymarkets → wemalo", () => {
  it("sends a catalogue of 2,500 products in batches of at most 50, then only what changed", async () => {
    const w = (world = await pipelineWorld("wemalo", {}, roomy));
    w.plenty.control.putVariations(catalogue(2_500));
    const total = w.plenty.control.variations().length; // the sandbox's own 4 and the 2,500
    w.wemalo.control.clearCalls();

    const full = await syncProducts(w.tenantId, w.linkId);
    expect(full).toMatchObject({ outcome: "synced", read: total, sent: total, rejected: 0, unchanged: 0 });

    const batches = w.wemalo.control.calls().filter((c) => c.path === "/product/addMultiple");
    expect(batches.length).toBe(Math.ceil(total / 50));
    expect(batches.every((b) => b.status === 200 && b.items! >= 1 && b.items! <= 50)).toBe(true);
    expect(batches.reduce((sum, b) => sum + b.items!, 0)).toBe(total);
    const atWarehouse = new Map(w.wemalo.control.products().map((p) => [p.sku, p]));
    expect(atWarehouse.size).toBe(total);
    expect(atWarehouse.get(catalogueSku(1234))).toMatchObject({ name: "Artikel 1234", fields: expect.objectContaining({ ean: expect.stringMatching(/^\d{13}$/), customsTariffNumber: "61091000", originCountry: "DE" }) });
    const stored = await rows(w);
    expect(stored).toHaveLength(total);
    expect(stored.every((r) => r.warehouseState === "synced" && r.productHash && r.productSyncedAt)).toBe(true);

    // One product changes at the shop: the next sync sends it alone.
    w.plenty.control.putVariations([{ number: catalogueSku(42), name: "Artikel 42, neue Farbe" }]);
    w.wemalo.control.clearCalls();
    const changes = await syncProducts(w.tenantId, w.linkId);
    expect(changes).toMatchObject({ outcome: "synced", sent: 1, rejected: 0 });
    const sent = w.wemalo.control.calls().filter((c) => c.path === "/product/addMultiple");
    expect(sent).toEqual([expect.objectContaining({ status: 200, items: 1 })]);
    expect(w.wemalo.control.products().find((p) => p.sku === catalogueSku(42))?.name).toBe("Artikel 42, neue Farbe");

    // Nothing changed: no call to wemalo at all.
    w.wemalo.control.clearCalls();
    expect(await syncProducts(w.tenantId, w.linkId)).toMatchObject({ sent: 0 });
    expect(w.wemalo.control.calls()).toEqual([]);
  });

  it("reports a product wemalo rejects with its reason, sends the rest of its batch, and clears once fixed", async () => {
    const w = (world = await pipelineWorld("wemalo", {}, roomy));
    w.plenty.control.putVariations([...catalogue(30), { number: "BAD-EAN", name: "Becher", barcode: "4006381333932" }, { number: "NO-NAME", name: "" }]);

    const result = await syncProducts(w.tenantId, w.linkId);
    expect(result).toMatchObject({ rejected: 2 });
    const bySku = new Map((await rows(w)).map((r) => [r.sku, r]));
    expect(bySku.get("BAD-EAN")).toMatchObject({ warehouseState: "rejected", warehouseError: expect.stringContaining("4006381333932 is not a valid EAN") });
    expect(bySku.get("NO-NAME")).toMatchObject({ warehouseState: "rejected", warehouseError: expect.stringContaining("name is required") });
    expect(bySku.get(catalogueSku(7))?.warehouseState).toBe("synced");
    expect(w.wemalo.control.products().some((p) => p.sku === "BAD-EAN")).toBe(false);
    expect(w.wemalo.control.products().some((p) => p.sku === catalogueSku(30))).toBe(true);

    const [problem] = await openLinkExceptions(w);
    expect(problem).toMatchObject({ kind: "product_rejected", orderId: null, message: expect.stringContaining("rejected 2 products") });
    expect(problem!.detail).toMatchObject({ rejected: 2, products: expect.arrayContaining([expect.objectContaining({ sku: "BAD-EAN", reason: expect.stringContaining("not a valid EAN") })]) });

    const rejected = await listLinkProducts(w.tenantId, w.linkId, { state: "rejected" });
    expect(rejected.rows.map((r) => r.sku)).toEqual(["BAD-EAN", "NO-NAME"]);

    // An unchanged rejected product is not sent again; fixed at the shop, it is.
    w.wemalo.control.clearCalls();
    await syncProducts(w.tenantId, w.linkId);
    expect(w.wemalo.control.calls()).toEqual([]);
    w.plenty.control.putVariations([{ number: "BAD-EAN", barcode: "4006381333931" }, { number: "NO-NAME", name: "Untersetzer" }]);
    expect(await syncProducts(w.tenantId, w.linkId)).toMatchObject({ sent: 2, rejected: 0 });
    expect(await openLinkExceptions(w)).toEqual([]);
  });

  it("skips a link whose product sync is switched off", async () => {
    const w = (world = await pipelineWorld("wemalo"));
    await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop", productSync: false } }).where(eq(links.id, w.linkId)));
    expect(await syncProducts(w.tenantId, w.linkId)).toMatchObject({ outcome: "skipped", reason: "disabled" });
    expect(w.wemalo.control.calls().filter((c) => c.path.startsWith("/product/add"))).toEqual([]);
  });
});

describe("product sync, plentymarkets → Ongoing", () => {
  it("upserts articles one by one and reports a refused one with Ongoing's reason", async () => {
    const w = (world = await pipelineWorld("ongoing"));
    w.plenty.control.putVariations([...catalogue(5), { number: "NO-NAME", name: "" }]);
    const before = w.ongoing.control.requests().length;
    const result = await syncProducts(w.tenantId, w.linkId);
    expect(result).toMatchObject({ read: 10, rejected: 1 });
    const puts = w.ongoing.control.requests().slice(before).filter((r) => r.method === "PUT" && r.path.endsWith("/articles"));
    expect(puts).toHaveLength(10);
    expect(w.ongoing.control.articles().find((a) => a.articleNumber === catalogueSku(3))).toMatchObject({ articleName: "Artikel 3" });
    const bySku = new Map((await rows(w)).map((r) => [r.sku, r]));
    expect(bySku.get("NO-NAME")).toMatchObject({ warehouseState: "rejected", warehouseError: expect.stringContaining("ArticleName field is required") });
  });
});
