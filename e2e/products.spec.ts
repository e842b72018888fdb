import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { signIn } from "./helpers";
import { useServerDatabase } from "./support/server-database";

useServerDatabase();
const { merchantWorld } = await import("./support/merchant-world");
const { TEST_PASSWORD } = await import("@/db/testing/fixtures");
const { withTenant } = await import("@/db");
const { linkProducts, outbox } = await import("@/db/schema");
const { orderBySourceRef } = await import("@/lib/pipeline/testing");
const { intakeLink } = await import("@/lib/pipeline/intake");
const { SYNC_EVENTS } = await import("@/lib/products");
const { syncProducts } = await import("@/lib/products/sync");
const { syncStock } = await import("@/lib/stock/sync");
const { and, asc, eq, inArray, isNull } = await import("drizzle-orm");

const screens = "e2e/.artifacts/screens";

test.describe.configure({ mode: "serial" });

let world: Awaited<ReturnType<typeof merchantWorld>>;

async function seedProducts() {
  const syncedAt = new Date(Date.now() - 5 * 60_000);
  const rows = [
    { sku: "CAP-GRN", name: "Cap, green", state: "synced" as const, warehouseQty: 40, sourceQty: 40 },
    { sku: "MUG-WHT", name: "Mug, white", state: "rejected" as const, error: "EAN 400000000000 is not a valid GTIN (check digit).", warehouseQty: null, sourceQty: null },
    { sku: "SOCK-3P", name: "Socks, 3 pairs", state: "pending" as const, warehouseQty: null, sourceQty: null },
    { sku: "TS-BLK-L", name: "T-shirt black L", state: "missing" as const, error: null, warehouseQty: null, sourceQty: null },
    { sku: "TS-BLK-M", name: "T-shirt black M", state: "synced" as const, warehouseQty: 7, sourceQty: 12 },
  ];
  await withTenant(world.tenantId, (tx) =>
    tx.insert(linkProducts).values(
      rows.map((r) => ({
        tenantId: world.tenantId,
        linkId: world.linkId,
        sku: r.sku,
        name: r.name,
        product: { sku: r.sku, name: r.name, barcodes: [], active: true },
        warehouseState: r.state,
        warehouseError: r.error ?? null,
        productSyncedAt: r.state === "synced" ? syncedAt : null,
        warehouseQty: r.warehouseQty,
        sourceQty: r.sourceQty,
        stockSyncedAt: r.sourceQty === null ? null : syncedAt,
      })),
    ),
  );
}

test.beforeAll(async () => {
  world = await merchantWorld();
  await seedProducts();
});

test.afterAll(async () => {
  await world?.close();
});

async function signedIn(page: Page) {
  await signIn(page, world.email, TEST_PASSWORD);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
}

test("the products page lists the SKUs with their state and stock, filters, and downloads the CSV", async ({ page }) => {
  await signedIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Products" }).click();
  await expect(page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/links/${world.linkId}/products$`));
  const rows = page.getByTestId("product-row");
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: "MUG-WHT" })).toContainText("Rejected by the warehouse");
  await expect(rows.filter({ hasText: "MUG-WHT" }).getByTestId("product-reason")).toHaveText(/not a valid GTIN/);
  await expect(rows.filter({ hasText: "TS-BLK-L" })).toContainText("Missing at the warehouse");
  await expect(rows.filter({ hasText: "SOCK-3P" })).toContainText("Waiting to be sent");
  await expect(rows.filter({ hasText: "TS-BLK-M" }).getByTestId("product-drift")).toContainText("should show 7");
  await page.screenshot({ path: `${screens}/products.png`, fullPage: true });

  await page.getByLabel("At the warehouse").selectOption("rejected");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/state=rejected/);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("MUG-WHT");

  await page.getByRole("link", { name: "Clear filters" }).first().click();
  // The filter form is remounted when the URL changes: type only after the cleared list is shown.
  await expect(page).toHaveURL(new RegExp(`/links/${world.linkId}/products$`));
  await expect(rows).toHaveCount(5);
  await page.getByLabel("Search").fill("t-shirt");
  await page.getByLabel("Search").press("Enter");
  await expect(page).toHaveURL(/q=t-shirt/);
  await expect(rows).toHaveCount(2);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^products-shop-wemalo-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await file.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\n");
  expect(csv[0]).toBe("SKU,Name,EAN,At the warehouse,Warehouse's reason,Product synced at (UTC),Stock at the warehouse,Stock in the shop,Shop should show,Shop differs,Stock synced at (UTC)");
  expect(csv.slice(1).map((line) => line.split(",")[0])).toEqual(["TS-BLK-L", "TS-BLK-M"]);

  await page.goto(`/links/${world.linkId}/products?drift=1`);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("TS-BLK-M");
  await page.goto(`/links/${world.linkId}/products?q=nothing-like-it`);
  await expect(page.getByRole("heading", { name: "No products match these filters" })).toBeVisible();
});

test("the link page shows the drift report and asks for a sync at once", async ({ page }) => {
  await signedIn(page);
  await page.goto(`/links/${world.linkId}`);
  const report = page.getByTestId("drift-report");
  await expect(report.getByTestId("drift-stock")).toContainText("1 SKU shows a different stock");
  await expect(report.getByTestId("drift-stock-row")).toContainText("TS-BLK-M");
  await expect(report.getByTestId("drift-missing")).toContainText("2 products are not at");
  await expect(report.getByTestId("drift-missing-row").filter({ hasText: "MUG-WHT" })).toContainText("not a valid GTIN");
  await page.screenshot({ path: `${screens}/link-drift.png`, fullPage: true });

  await page.getByRole("button", { name: "Sync stock now" }).click();
  await expect(page.getByText(/Stock sync requested/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Sync products now" }).click();
  await expect(page.getByText(/Product sync requested/)).toBeVisible({ timeout: 30_000 });

  await report.getByRole("link", { name: /in the products list/ }).click();
  await expect(page).toHaveURL(/drift=1/);
  await expect(page.getByTestId("product-row")).toHaveCount(1);
});

test("the link's products and stock settings are saved, and a bad buffer is refused beside its field", async ({ page }) => {
  await signedIn(page);
  await page.goto(`/links/${world.linkId}`);
  const form = page.getByRole("form", { name: "Products and stock settings" });
  await form.getByLabel("Stock buffer (pieces)").fill("-2");
  await form.getByRole("button", { name: "Save products and stock settings" }).click();
  await expect(form.getByText("The stock buffer is a whole number of pieces, 0 or more (e.g. 2).")).toBeVisible();
  await page.screenshot({ path: `${screens}/link-product-settings-error.png`, fullPage: true });
  await form.getByLabel("Stock buffer (pieces)").fill("2");
  await form.getByLabel(/Create the product at the warehouse/).check();
  await form.getByRole("button", { name: "Save products and stock settings" }).click();
  await expect(page.getByText(/settings saved\. The shop is shown 2 fewer/)).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("Stock buffer (pieces)")).toHaveValue("2");
  await expect(form.getByLabel(/Create the product at the warehouse/)).toBeChecked();
  // The buffer changes what the shop should show: 7 at the warehouse is 5 for the shop.
  await page.goto(`/links/${world.linkId}/products?drift=1`);
  const rows = page.getByTestId("product-row");
  await expect(rows.filter({ hasText: "TS-BLK-M" }).getByTestId("product-drift")).toContainText("should show 5");
  // CAP-GRN showed all 40 in the shop; with the buffer it should show 38.
  await expect(rows.filter({ hasText: "CAP-GRN" }).getByTestId("product-drift")).toContainText("should show 38");
});

/**
 * Plays the engine for the sync buttons (the e2e server has no worker): every "sync now" event
 * waiting in the outbox runs the sync it asks for. Returns how many ran.
 */
async function runSyncRequests(w: Awaited<ReturnType<typeof merchantWorld>>): Promise<number> {
  const names = [SYNC_EVENTS.productSyncRequested, SYNC_EVENTS.stockSyncRequested];
  const waiting = await withTenant(w.tenantId, (tx) =>
    tx.select().from(outbox).where(and(eq(outbox.tenantId, w.tenantId), isNull(outbox.sentAt), inArray(outbox.name, names))).orderBy(asc(outbox.id)),
  );
  for (const event of waiting) {
    await withTenant(w.tenantId, (tx) => tx.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, event.id)));
    const full = (event.data as { full?: boolean }).full;
    if (event.name === SYNC_EVENTS.productSyncRequested) await syncProducts(w.tenantId, w.linkId, full ? { full } : {});
    else await syncStock(w.tenantId, w.linkId, full ? { full } : {});
  }
  return waiting.length;
}

test.describe("with the real product and stock sync", () => {
  let shop: Awaited<ReturnType<typeof merchantWorld>>;

  test.beforeAll(async () => {
    // Same SKU on both sides; the shop sells a mug whose barcode wemalo will refuse.
    shop = await merchantWorld({ skuPolicy: "same", skuMap: {} });
    shop.plenty.control.putVariations([{ number: "MUG-BAD", name: "Mug with a broken barcode", barcode: "123" }]);
  });

  test.afterAll(async () => {
    await shop?.close();
  });

  test("sync now sends the products and writes the stock; a refused stock update shows as drift until the next sync", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, shop.email, TEST_PASSWORD);
    await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
    await page.goto(`/links/${shop.linkId}`);
    await expect(page.getByTestId("drift-report")).toContainText("No products yet");

    // Products: the merchant asks, the engine sends them; wemalo refuses the broken barcode.
    await page.getByRole("button", { name: "Sync products now" }).click();
    await expect(page.getByText(/Product sync requested/)).toBeVisible({ timeout: 30_000 });
    expect(await runSyncRequests(shop)).toBe(1);
    await page.goto(`/links/${shop.linkId}/products`);
    const rows = page.getByTestId("product-row");
    await expect(rows.filter({ hasText: "CAP-GRN" })).toContainText("At the warehouse");
    const mug = rows.filter({ hasText: "MUG-BAD" });
    await expect(mug).toContainText("Rejected by the warehouse");
    await expect(mug.getByTestId("product-reason")).not.toBeEmpty();

    // Stock: wemalo holds 25 caps; "Sync stock now" writes that to the shop.
    shop.wemalo.control.setStock("CAP-GRN", 25);
    await page.getByRole("button", { name: "Sync stock now" }).click();
    await expect(page.getByText(/Stock sync requested/)).toBeVisible({ timeout: 30_000 });
    expect(await runSyncRequests(shop)).toBe(1);
    await page.reload();
    const cap = rows.filter({ hasText: "CAP-GRN" });
    await expect(cap.getByRole("cell").nth(3)).toHaveText("25");
    await expect(cap.getByRole("cell").nth(4)).toHaveText("25");
    expect(shop.plenty.control.stockAt(104, 12, "CAP-GRN")).toBe(25);
    await page.screenshot({ path: `${screens}/products-synced.png`, fullPage: true });

    // The warehouse's figure changes while the shop refuses stock updates (an inventory lock):
    // the scheduled sync reads 18, the shop keeps 25, and the link page says so.
    shop.intercept.source = (request) =>
      request.method === "PUT" && new URL(request.url).pathname.endsWith("/stock/correction")
        ? Response.json({ error: { message: "Storage location 12 is locked for a stocktaking." } }, { status: 422 })
        : undefined;
    shop.wemalo.control.setStock("CAP-GRN", 18);
    await syncStock(shop.tenantId, shop.linkId);
    await page.goto(`/links/${shop.linkId}`);
    const report = page.getByTestId("drift-report");
    const differs = report.getByTestId("drift-stock-row").filter({ hasText: "CAP-GRN" });
    await expect(differs.getByRole("cell")).toHaveText(["CAP-GRN", "18", "25", "18"]);
    await expect(report.getByTestId("drift-missing-row").filter({ hasText: "MUG-BAD" })).toBeVisible();
    await page.screenshot({ path: `${screens}/link-drift-after-stock-change.png`, fullPage: true });

    // The lock is lifted; "Sync stock now" puts the shop right and the difference is gone.
    shop.intercept.source = undefined;
    await page.getByRole("button", { name: "Sync stock now" }).click();
    await expect(page.getByText(/Stock sync requested/)).toBeVisible({ timeout: 30_000 });
    expect(await runSyncRequests(shop)).toBe(1);
    await page.reload();
    await expect(page.getByTestId("drift-stock")).toHaveCount(0);
    expect(shop.plenty.control.stockAt(104, 12, "CAP-GRN")).toBe(18);
  });

  test("an order for an article wemalo does not know waits under Problems; Create product and retry sends it", async ({ page }) => {
    const view = shop.plenty.control.createOrder({ lines: [{ sku: "CAP-GRN", quantity: 1 }, { sku: "NEU-1", quantity: 2, name: "Thermobecher" }] });
    await intakeLink(shop.tenantId, shop.linkId);
    await shop.runPipeline();
    const held = await orderBySourceRef(shop.tenantId, shop.linkId, String(view.id));
    expect(held.status).toBe("exception");

    await signIn(page, shop.email, TEST_PASSWORD);
    await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Problems" }).click();
    const group = page.getByTestId("exception-group-unknown_sku");
    await expect(group).toContainText("NEU-1");
    await page.screenshot({ path: `${screens}/exceptions-unknown-sku.png`, fullPage: true });
    await group.getByRole("button", { name: `Create product and retry order ${held.orderNumber}` }).click();
    await expect(page.getByText(new RegExp(`order ${held.orderNumber} goes to the warehouse again`))).toBeVisible();
    expect(shop.wemalo.control.products().some((p) => p.sku === "NEU-1")).toBe(true);
    await shop.runPipeline();

    await page.goto(`/orders/${held.id}`);
    await expect(page.getByTestId("order-status")).toHaveText(/^(At the warehouse|Accepted)$/);
    await page.goto("/exceptions");
    await expect(page.getByTestId("exception-group-unknown_sku")).toHaveCount(0);
    // The broken barcode is still there, with the way to its reason.
    await page.getByTestId("exception-group-product_rejected").getByRole("link", { name: /See the rejected products/ }).click();
    await expect(page.getByTestId("product-row")).toHaveCount(1);
    await expect(page.getByTestId("product-row")).toContainText("MUG-BAD");
  });
});
