import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { signUpOwner } from "@/db/testing/fixtures";
import { addLink, tenantWithLink } from "@/lib/orders-query/testing";
import { takeEvents } from "@/inngest/testing";
import type { Product } from "@/lib/orders";
import { linkProductsCsv, LINK_PRODUCTS_CSV_HEADER } from "./csv";
import { driftReport } from "./drift";
import { PRODUCT_STATE_LABELS } from "./state-labels";
import { listLinkProducts } from "./list";
import { requestProductSync, requestStockSync } from "./requests";
import { saveSourceProducts, saveWarehouseOutcomes } from "./store";

const product = (sku: string, name: string): Product => ({ sku, name, barcodes: [], active: true });

/** A link with products in every state and stock on both sides, written as the syncs would. */
async function seeded() {
  const { tenantId, userId, linkId } = await tenantWithLink("Produkte GmbH");
  await withTenant(tenantId, async (tx) => {
    await saveSourceProducts(tx, tenantId, linkId, [
      { product: product("CUP-1", "Becher blau") },
      { product: product("CUP-2", "Becher rot") },
      { product: product("CAP-1", "Mütze, \"Winter\"") },
      { product: product("SOCK-1", "Socken") },
    ]);
    await saveWarehouseOutcomes(tx, linkId, [
      { sku: "CUP-1", state: "synced", error: null, hash: "a" },
      { sku: "CUP-2", state: "synced", error: null, hash: "b" },
      { sku: "CAP-1", state: "rejected", error: "ean 123 is not a valid EAN/GTIN", hash: "c" },
    ]);
    await tx.execute(`update link_products set warehouse_qty = 10, source_qty = 10 where sku = 'CUP-1'`);
    await tx.execute(`update link_products set warehouse_qty = 8, source_qty = 5 where sku = 'CUP-2'`);
  });
  return { tenantId, userId, linkId };
}

async function collect(lines: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const line of lines) out += line;
  return out;
}

describe("a link's products", () => {
  it("lists by SKU with keyset pages, filters by state, search and drift", async () => {
    const { tenantId, linkId } = await seeded();
    const first = await listLinkProducts(tenantId, linkId, { limit: 2 });
    expect(first.rows.map((r) => r.sku)).toEqual(["CAP-1", "CUP-1"]);
    const second = await listLinkProducts(tenantId, linkId, { limit: 2, cursor: first.nextCursor! });
    expect(second.rows.map((r) => r.sku)).toEqual(["CUP-2", "SOCK-1"]);
    expect(second.nextCursor).toBeNull();

    expect((await listLinkProducts(tenantId, linkId, { state: "rejected" })).rows).toEqual([
      expect.objectContaining({ sku: "CAP-1", warehouseState: "rejected", warehouseError: "ean 123 is not a valid EAN/GTIN" }),
    ]);
    expect((await listLinkProducts(tenantId, linkId, { state: "pending" })).rows.map((r) => r.sku)).toEqual(["SOCK-1"]);
    expect((await listLinkProducts(tenantId, linkId, { q: "becher" })).rows.map((r) => r.sku)).toEqual(["CUP-1", "CUP-2"]);
    expect((await listLinkProducts(tenantId, linkId, { q: "cup-2" })).rows.map((r) => r.sku)).toEqual(["CUP-2"]);
    expect((await listLinkProducts(tenantId, linkId, { drift: true })).rows).toEqual([expect.objectContaining({ sku: "CUP-2", warehouseQty: 8, sourceQty: 5, expectedSourceQty: 8, drift: true })]);
  });

  it("exports the filtered list as CSV, header first, quoting what needs it", async () => {
    const { tenantId, linkId } = await seeded();
    const csv = await collect(linkProductsCsv(tenantId, linkId, { q: "c" }));
    const lines = csv.trimEnd().split("\n");
    expect(lines[0]).toBe(LINK_PRODUCTS_CSV_HEADER.join(","));
    expect(lines).toHaveLength(4);
    expect(lines[1]!.startsWith(`CAP-1,"Mütze, ""Winter""",,${PRODUCT_STATE_LABELS.rejected},ean 123 is not a valid EAN/GTIN,`)).toBe(true);
    expect(lines[3]).toMatch(new RegExp(`^CUP-2,Becher rot,,${PRODUCT_STATE_LABELS.synced},,[^,]+,8,5,8,yes,$`));
  });

  it("reports drift: figures that differ and products the warehouse lacks", async () => {
    const { tenantId, linkId } = await seeded();
    const report = await driftReport(tenantId, linkId);
    expect(report.stockDiffers).toEqual([{ sku: "CUP-2", warehouseQty: 8, sourceQty: 5, expected: 8 }]);
    expect(report.missingAtWarehouse).toEqual([{ sku: "CAP-1", name: 'Mütze, "Winter"', reason: "ean 123 is not a valid EAN/GTIN" }]);
    expect(report.truncated).toBe(false);
  });

  it("shows another team nothing and refuses its sync requests", async () => {
    const { linkId } = await seeded();
    const other = await signUpOwner("Andere AG");
    await addLink(other.tenantId, "Their link");
    expect(await listLinkProducts(other.tenantId, linkId)).toEqual({ rows: [], nextCursor: null });
    expect((await driftReport(other.tenantId, linkId)).missingAtWarehouse).toEqual([]);
    await expect(requestProductSync(other.tenantId, linkId)).rejects.toThrow("does not exist");
  });

  it("'sync now' announces the sync with the link's warehouse connection", async () => {
    const { tenantId, userId, linkId } = await seeded();
    await requestProductSync(tenantId, linkId, userId);
    await requestStockSync(tenantId, linkId, userId, { full: true });
    const [productEvent] = await takeEvents(tenantId, "link.product-sync.requested");
    const [stockEvent] = await takeEvents(tenantId, "link.stock-sync.requested");
    expect(productEvent?.data).toEqual({ tenantId, linkId, warehouseConnectionId: expect.any(String), requestedBy: userId });
    expect(stockEvent?.data).toEqual({ tenantId, linkId, warehouseConnectionId: productEvent!.data.warehouseConnectionId, full: true, requestedBy: userId });
  });
});
