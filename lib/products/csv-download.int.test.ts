import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { linkProducts, type ProductSyncState } from "@/db/schema";
import { tenantWithLink } from "@/lib/orders-query/testing";
import { productsCsvResponse } from "./csv-download";

interface Seed {
  sku: string;
  name: string;
  state?: ProductSyncState;
  error?: string;
  warehouseQty?: number | null;
  sourceQty?: number | null;
}

async function seedProducts(tenantId: string, linkId: string, seeds: Seed[]) {
  const syncedAt = new Date("2026-11-20T08:30:00Z");
  await withTenant(tenantId, (tx) =>
    tx.insert(linkProducts).values(
      seeds.map((s) => ({
        tenantId,
        linkId,
        sku: s.sku,
        name: s.name,
        product: { sku: s.sku, name: s.name, barcodes: [], active: true },
        warehouseState: s.state ?? "synced",
        warehouseError: s.error ?? null,
        productSyncedAt: syncedAt,
        warehouseQty: s.warehouseQty ?? null,
        sourceQty: s.sourceQty ?? null,
        stockSyncedAt: s.sourceQty === undefined ? null : syncedAt,
      })),
    ),
  );
}

async function csvOf(response: Response): Promise<string[][]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The UTF-8 byte order mark, so that Excel reads å, ä, ö right (TextDecoder drops it again).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder().decode(bytes)) as string[][];
}

let a: { tenantId: string; linkId: string };
let b: { tenantId: string; linkId: string };

beforeAll(async () => {
  a = await tenantWithLink("CSV Shop A", "Webshop → Lager Nord");
  b = await tenantWithLink("CSV Shop B");
  await seedProducts(a.tenantId, a.linkId, [
    { sku: "CAP-GRN", name: "Cap, green", warehouseQty: 12, sourceQty: 12 },
    { sku: "MUG-WHT", name: "=HYPERLINK(\"http://evil.example\")", state: "rejected", error: "EAN 123 is not a valid GTIN" },
    { sku: "TS-BLK-M", name: "T-shirt black M", warehouseQty: 7, sourceQty: 9 },
    { sku: "TS-BLK-L", name: "T-shirt black L", state: "missing" },
  ]);
  await seedProducts(b.tenantId, b.linkId, [{ sku: "B-ONLY", name: "Other team's product", warehouseQty: 1, sourceQty: 1 }]);
});

describe("productsCsvResponse", () => {
  it("streams every product of the link with plain-word headers, as a named attachment", async () => {
    const response = await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams(), new Date("2026-11-23T10:00:00Z"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="products-webshop-lager-nord-2026-11-23.csv"');
    expect(response.headers.get("cache-control")).toContain("no-store");
    const [header, ...rows] = await csvOf(response);
    expect(header).toEqual(["SKU", "Name", "EAN", "At the warehouse", "Warehouse's reason", "Product synced at (UTC)", "Stock at the warehouse", "Stock in the shop", "Shop should show", "Shop differs", "Stock synced at (UTC)"]);
    expect(rows.map((r) => r[0])).toEqual(["CAP-GRN", "MUG-WHT", "TS-BLK-L", "TS-BLK-M"]);
    const shirt = rows.find((r) => r[0] === "TS-BLK-M")!;
    expect(shirt.slice(3)).toEqual(["At the warehouse", "", "2026-11-20T08:30:00.000Z", "7", "9", "7", "yes", "2026-11-20T08:30:00.000Z"]);
    const mug = rows.find((r) => r[0] === "MUG-WHT")!;
    expect(mug[3]).toBe("Rejected by the warehouse");
    expect(mug[4]).toBe("EAN 123 is not a valid GTIN");
  });

  it("keeps a spreadsheet from running a product name as a formula", async () => {
    const [, ...rows] = await csvOf(await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams({ q: "mug" })));
    expect(rows).toHaveLength(1);
    expect(rows[0]![1]).toBe("'=HYPERLINK(\"http://evil.example\")");
  });

  it("takes the products page's filters from the URL", async () => {
    const drift = await csvOf(await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams({ drift: "1" })));
    expect(drift.slice(1).map((r) => r[0])).toEqual(["TS-BLK-M"]);
    const missing = await csvOf(await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams({ state: "missing" })));
    expect(missing.slice(1).map((r) => r[0])).toEqual(["TS-BLK-L"]);
    const search = await csvOf(await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams({ q: "t-shirt" })));
    expect(search.slice(1).map((r) => r[0])).toEqual(["TS-BLK-L", "TS-BLK-M"]);
    const none = await csvOf(await productsCsvResponse(a.tenantId, a.linkId, new URLSearchParams({ q: "nothing-like-this" })));
    expect(none).toHaveLength(1);
  });

  it("gives another team's link nothing but a 404", async () => {
    const response = await productsCsvResponse(b.tenantId, a.linkId, new URLSearchParams());
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain("CAP-GRN");
    expect(body).toMatch(/no such link/);
    expect((await productsCsvResponse(a.tenantId, "not-a-uuid", new URLSearchParams())).status).toBe(404);
  });

  it("reads a large catalogue to the end, page by page", async () => {
    const big = await tenantWithLink("CSV Shop Big");
    await seedProducts(
      big.tenantId,
      big.linkId,
      Array.from({ length: 1_203 }, (_, i) => ({ sku: `SKU-${String(i).padStart(5, "0")}`, name: `Product ${i}`, warehouseQty: i, sourceQty: i })),
    );
    const [, ...rows] = await csvOf(await productsCsvResponse(big.tenantId, big.linkId, new URLSearchParams()));
    expect(rows).toHaveLength(1_203);
    expect(new Set(rows.map((r) => r[0])).size).toBe(1_203);
    expect(rows.at(-1)![0]).toBe("SKU-01202");
  });
});
