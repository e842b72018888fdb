import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { pauseLink } from "@/lib/controls/link-controls";
import { pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { announceInitialSync } from "@/lib/products/announce";
import { requestProductSync, requestStockSync } from "@/lib/products/requests";
import { catalogue, catalogueSku } from "@/lib/products/testing";
import { runFunction, takeEvents } from "../testing";
import { productSyncFanOut } from "./product-sync-fan-out";
import { productSyncLink } from "./product-sync-link";
import { stockSyncFanOut } from "./stock-sync-fan-out";
import { stockSyncLink } from "./stock-sync-link";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("product and stock sync functions", () => {
  it.each([
    ["link.product-sync.requested", productSyncFanOut, "productSync"],
    ["link.stock-sync.requested", stockSyncFanOut, "stockSync"],
  ] as const)("%s fans out to each active link with its warehouse connection, not to a paused or switched-off one", async (name, fn, setting) => {
    const w = (world = await pipelineWorld("wemalo"));
    const mine = (sent: Array<{ name: string; data: Record<string, unknown> }>) => sent.filter((e) => e.data.linkId === w.linkId);
    const active = await runFunction(fn, { name: "inngest/scheduled.timer", data: {} });
    expect(active.error).toBeUndefined();
    expect(mine(active.sent)).toEqual([expect.objectContaining({ name, data: { tenantId: w.tenantId, linkId: w.linkId, warehouseConnectionId: w.warehouseConnectionId } })]);

    await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop", [setting]: false } }).where(eq(links.id, w.linkId)));
    expect(mine((await runFunction(fn, { name: "inngest/scheduled.timer", data: {} })).sent)).toEqual([]);
    await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop" } }).where(eq(links.id, w.linkId)));
    await pauseLink(w.tenantId, w.linkId);
    expect(mine((await runFunction(fn, { name: "inngest/scheduled.timer", data: {} })).sent)).toEqual([]);
  });

  it("'sync now' goes through the outbox; the functions send the products page by page and then the stock", async () => {
    const w = (world = await pipelineWorld("wemalo", {}, { wemalo: { rateLimit: { maxCalls: 100_000 } } }));
    w.plenty.control.putVariations(catalogue(600));
    await requestProductSync(w.tenantId, w.linkId);
    const [event] = await takeEvents(w.tenantId, "link.product-sync.requested");
    expect(event?.data).toEqual({ tenantId: w.tenantId, linkId: w.linkId, warehouseConnectionId: w.warehouseConnectionId });

    const products = await runFunction(productSyncLink, event!);
    expect(products.error).toBeUndefined();
    expect(products.result).toMatchObject({ outcome: "synced", read: 604, sent: 604, pages: 3 }); // 250 a page
    expect(w.wemalo.control.products()).toHaveLength(604);

    w.wemalo.control.setStock(catalogueSku(9), 33);
    await requestStockSync(w.tenantId, w.linkId);
    const [stockEvent] = await takeEvents(w.tenantId, "link.stock-sync.requested");
    const stock = await runFunction(stockSyncLink, stockEvent!);
    expect(stock.error).toBeUndefined();
    expect(stock.result).toMatchObject({ outcome: "synced", failed: 0 });
    expect(w.plenty.control.stockAt(104, 12, catalogueSku(9))).toBe(33);
  });

  it("activation asks for a full product sync and a full stock sync", async () => {
    const w = (world = await pipelineWorld("wemalo"));
    await withTenant(w.tenantId, (tx) => announceInitialSync(tx, w.tenantId, w.linkId));
    const data = { tenantId: w.tenantId, linkId: w.linkId, warehouseConnectionId: w.warehouseConnectionId, full: true };
    expect(await takeEvents(w.tenantId, "link.product-sync.requested")).toEqual([{ name: "link.product-sync.requested", data }]);
    expect(await takeEvents(w.tenantId, "link.stock-sync.requested")).toEqual([{ name: "link.stock-sync.requested", data }]);
  });
});
