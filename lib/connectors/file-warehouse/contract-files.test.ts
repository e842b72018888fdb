import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { orderFixture } from "@/lib/connectors/ongoing/testing";
import { TEST_PROTOCOLS } from "@/lib/files/testing/servers";
import { statusFileCsv } from "@/lib/files/testing/status-file";
import type { Page, WarehouseChange } from "@/lib/connectors/types";
import { fileWarehouseConnector } from "./index";
import { fileConnectorHarness, type FileConnectorHarness } from "./testing";

vi.stubEnv("ALLOW_PRIVATE_URLS", "1");
const warehouse = fileWarehouseConnector.warehouse!;

describe.each(TEST_PROTOCOLS)("file warehouse over a real %s server", { timeout: 30_000 }, (protocol) => {
  let h: FileConnectorHarness;
  const local = (...parts: string[]) => join(h.server.root, ...parts);
  const dropStatus = async (name: string, content: string) => {
    await mkdir(local("import/orderstatus"), { recursive: true });
    await writeFile(local("import/orderstatus", name), content);
  };
  beforeAll(async () => {
    h = await fileConnectorHarness(fileWarehouseConnector, protocol);
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    h.log.lines.length = 0;
  });

  it("tests the connection: folders made, probe file gone", async () => {
    const result = await fileWarehouseConnector.testConnection(h.context());
    expect(result.account.name).toBe("lager at 127.0.0.1");
    expect(await readdir(local("export/orders"))).toEqual([]);
    expect(await readdir(local("import/orderstatus"))).toEqual([]);
  });

  it("writes one JSON file per order, and never a second file for an order the 3PL already took", async () => {
    const ctx = h.context();
    const order = orderFixture({ orderNumber: "FW-1" });
    expect(await warehouse.submitOrder(ctx, { order, shippingCode: "PN-PARCEL" })).toEqual({ warehouseRef: "FW-1.json", status: "accepted", created: true });
    const doc = JSON.parse(await readFile(local("export/orders/FW-1.json"), "utf8"));
    expect(doc.order).toMatchObject({ ordernumber: "FW-1", shippingmethod: "PN-PARCEL", city: "Malmö", country: "SE" });
    expect(doc.order.lines.map((l: Record<string, string>) => [l.sku, l.quantity])).toEqual([
      ["TS-BLK-M", "2"],
      ["CAP-GRN", "1"],
    ]);
    expect((await warehouse.submitOrder(ctx, { order })).created).toBe(false);

    await mkdir(local("export/orders/history"), { recursive: true });
    await rename(local("export/orders/FW-1.json"), local("export/orders/history/FW-1.json"));
    expect((await warehouse.submitOrder(ctx, { order })).created).toBe(false);
    expect(await readdir(local("export/orders"))).toEqual(["history"]);
  });

  it("writes CSV rows per order line with the merchant's field names", async () => {
    const ctx = h.context({ ordersFolder: "out/csv", orderFormat: "csv", orderFields: "ordernumber=OrderNo; sku=ArticleNo; quantity=Qty" });
    await warehouse.submitOrder(ctx, { order: orderFixture({ orderNumber: "FW-2" }) });
    const [header, first, second] = (await readFile(local("out/csv/FW-2.csv"), "utf8")).trim().split("\n");
    expect(header!.split(";")).toEqual(expect.arrayContaining(["OrderNo", "ArticleNo", "Qty", "city"]));
    const column = (row: string, name: string) => row.split(";")[header!.split(";").indexOf(name)];
    expect([column(first!, "OrderNo"), column(first!, "ArticleNo"), column(first!, "Qty")]).toEqual(["FW-2", "TS-BLK-M", "2"]);
    expect(column(second!, "ArticleNo")).toBe("CAP-GRN");
  });

  it("reads a status file of 100 lines: 97 changes, 3 bad lines logged by file and line, archived after the engine came back", async () => {
    const ctx = h.context({ statusValues: "7=shipped" });
    await dropStatus("status-100.csv", statusFileCsv(100, { bad: [3, 40, 77] }));
    const first = await warehouse.listChanges(ctx, { cursor: null });
    expect(first.items).toHaveLength(97);
    const shipped = first.items.find((c) => c.order.orderNumber === "SO-0010")!;
    expect(shipped).toMatchObject({ status: "shipped", partnerStatus: { code: "shipped" } });
    expect(shipped.shipment).toMatchObject({ shipmentRef: "SO-0010:PKG10", parcels: [{ trackingNumber: "PKG10", carrier: "PostNord" }], complete: true });
    const skipped = h.log.lines.filter((l) => l.message === "status line skipped");
    expect(skipped.map((l) => [l.data!.file, l.data!.line])).toEqual([
      ["status-100.csv", 4],
      ["status-100.csv", 41],
      ["status-100.csv", 78],
    ]);
    // Not archived until the engine comes back with the cursor (its rows are stored by then).
    expect(await readdir(local("import/orderstatus"))).toContain("status-100.csv");

    const second = await warehouse.listChanges(ctx, { cursor: first.nextCursor });
    expect(second.items).toEqual([]);
    expect(await readdir(local("import/orderstatus"))).toEqual(["history"]);

    await dropStatus("status-100-resent.csv", statusFileCsv(100, { bad: [3, 40, 77] }));
    const third = await warehouse.listChanges(ctx, { cursor: second.nextCursor });
    expect(third.items).toEqual([]);
    expect((await readdir(local("import/orderstatus/history"))).length).toBe(2);
  });

  it("hands out a file again when the engine lost the answer (same cursor), and archives it once", async () => {
    const ctx = h.context();
    await dropStatus("again.csv", statusFileCsv(2, { prefix: "AG" }));
    const start: Page<WarehouseChange> = await warehouse.listChanges(ctx, { cursor: null });
    const lost = await warehouse.listChanges(ctx, { cursor: null });
    expect(lost.items.map((c) => c.order.orderNumber)).toEqual(start.items.map((c) => c.order.orderNumber));
    await warehouse.listChanges(ctx, { cursor: lost.nextCursor });
    expect(await readdir(local("import/orderstatus"))).toEqual(["history"]);
  });

  it("reads XML status files at a record path, and sends one that declares an entity to rejected/ unread", async () => {
    const ctx = h.context({ statusFormat: "xml", statusRecordPath: "statuses.status", fieldOrderNumber: "order", fieldPackageNumber: "colli", statusValues: "SENT=shipped" });
    await dropStatus("a.xml", "<statuses><status><order>X-1</order><status>SENT</status><colli>C1</colli><trackingurl>https://t.example/C1</trackingurl></status></statuses>");
    await dropStatus("b.xml", `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file://${local("secret")}">]><statuses><status><order>&x;</order><status>SENT</status><colli>C2</colli></status></statuses>`);
    const page = await warehouse.listChanges(ctx, { cursor: null });
    expect(page.items).toMatchObject([{ order: { orderNumber: "X-1" }, status: "shipped", shipment: { parcels: [{ trackingNumber: "C1", trackingUrl: "https://t.example/C1", carrier: "unknown" }] } }]);
    expect(await readdir(local("import/orderstatus/rejected"))).toEqual(["b.xml"]);
    expect(h.log.lines.find((l) => l.level === "error")?.data).toMatchObject({ file: "b.xml", error: expect.stringMatching(/DOCTYPE/) });
    await warehouse.listChanges(ctx, { cursor: page.nextCursor });
  });

  it("cancels an order file the 3PL has not fetched, and says too late once it has", async () => {
    const ctx = h.context();
    await warehouse.submitOrder(ctx, { order: orderFixture({ orderNumber: "FW-C1" }) });
    expect(await warehouse.cancelOrder(ctx, { order: { sourceRef: "1", orderNumber: "FW-C1" } })).toMatchObject({ outcome: "cancelled" });
    expect(await readdir(local("export/orders"))).not.toContain("FW-C1.json");
    const late = await warehouse.cancelOrder(ctx, { order: { sourceRef: "1", orderNumber: "FW-1" } });
    expect(late.outcome).toBe("too_late");
    expect(late.message).toMatch(/already fetched/);
  });

  it("turns a wrong password into needs_merchant", async () => {
    const ctx = h.context();
    const wrong = { ...ctx, credentials: { ...(ctx.credentials as object), password: "wrong" } } as typeof ctx;
    await expect(fileWarehouseConnector.testConnection(wrong)).rejects.toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected" });
  });
});
