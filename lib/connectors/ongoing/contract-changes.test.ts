import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WarehouseChange } from "@/lib/connectors/types";
import { ongoingConnector } from "./index";
import { FIXTURE_SKUS, ongoingHarness, type OngoingHarness, orderFixture } from "./testing";

const warehouse = ongoingConnector.warehouse!;

/** Walks listChanges until nothing more is waiting; returns the changes and the cursor to keep. */
async function drain(h: OngoingHarness, cursor: string | null, limit: number) {
  const items: WarehouseChange[] = [];
  let calls = 0;
  for (;;) {
    const page = await warehouse.listChanges(h.ctx, { cursor, limit });
    calls += 1;
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!page.hasMore) return { items, cursor, calls };
    if (calls > 20) throw new Error("listChanges does not end");
  }
}

describe("Ongoing connector against the simulator: changes since a cursor", () => {
  let h: OngoingHarness;
  beforeEach(async () => {
    h = await ongoingHarness();
    for (const sku of FIXTURE_SKUS) h.sim.control.setStock(sku, 50);
  });
  afterEach(() => h.close());

  const submit = (orderNumber: string) => warehouse.submitOrder(h.ctx, { order: orderFixture({ orderNumber, sourceRef: orderNumber }) });

  it("walks more than one page and then only reports what changed later", async () => {
    for (let i = 1; i <= 5; i++) await submit(`O-${i}`);
    h.sim.control.allocate("O-2");
    h.sim.control.ship("O-3", { waybill: "UA3" });
    h.sim.control.fail("O-4", "address incomplete");
    h.clock.advance(5_000);

    const first = await drain(h, null, 2);
    expect(first.calls).toBe(3);
    const byNumber = Object.fromEntries(first.items.map((c) => [c.order.orderNumber, c]));
    expect(Object.keys(byNumber).sort()).toEqual(["O-1", "O-2", "O-3", "O-4", "O-5"]);
    expect(byNumber["O-1"]!.status).toBe("accepted");
    expect(byNumber["O-2"]!.status).toBe("picking");
    expect(byNumber["O-3"]!).toMatchObject({ status: "shipped", shipment: { complete: true, parcels: [{ carrier: "PostNord Sweden AB" }] } });
    expect(byNumber["O-4"]!).toMatchObject({ status: "error_other", partnerStatus: { code: "150" } });
    const pages = h.log.entries.filter((e) => e.operation === "list changed orders").map((e) => new URL(e.url).searchParams.get("orderIdFrom"));
    expect(pages[0]).toBe("0");
    expect(new Set(pages).size).toBe(3);

    h.clock.advance(10 * 60_000);
    h.sim.control.ship("O-1", { parcels: 2 });
    h.clock.advance(5_000);
    const second = await drain(h, first.cursor, 2);
    expect(second.items.map((c) => [c.order.orderNumber, c.status])).toEqual([["O-1", "shipped"]]);
    expect(second.items[0]!.shipment!.parcels).toHaveLength(2);

    h.clock.advance(10 * 60_000);
    expect((await drain(h, second.cursor, 2)).items).toEqual([]);
  });

  it("reports a partial shipment, then the back order's shipment under the original number", async () => {
    const { warehouseRef } = await submit("P-1");
    h.clock.advance(5_000);
    let cursor = (await drain(h, null, 50)).cursor;
    h.clock.advance(10 * 60_000);

    h.sim.control.ship("P-1", {
      parcels: [
        { parcelNumber: "00370000000000000001", lines: [{ articleNumber: "TS-BLK-M", quantity: 1 }] },
        { parcelNumber: "00370000000000000002", lines: [{ articleNumber: "CAP-GRN", quantity: 1 }] },
      ],
      waybill: "UA-P1",
    });
    h.clock.advance(5_000);
    const partial = await drain(h, cursor, 50);
    expect(partial.items).toHaveLength(1);
    const change = partial.items[0]!;
    expect(change).toMatchObject({ order: { orderNumber: "P-1", warehouseRef }, status: "partially_shipped" });
    expect(change.shipment).toMatchObject({
      orderNumber: "P-1",
      complete: false,
      lines: [
        { sku: "TS-BLK-M", quantity: 1, lineRef: "9001" },
        { sku: "CAP-GRN", quantity: 1, lineRef: "9002" },
      ],
    });
    expect(change.shipment!.parcels.map((p) => [p.trackingNumber, p.lines])).toEqual([
      ["00370000000000000001", [{ sku: "TS-BLK-M", quantity: 1, lineRef: "9001" }]],
      ["00370000000000000002", [{ sku: "CAP-GRN", quantity: 1, lineRef: "9002" }]],
    ]);
    expect(change.shipment!.parcels[0]!.trackingUrl).toMatch(/^https:\/\/tracking\.postnord\.com/);

    cursor = partial.cursor;
    h.clock.advance(10 * 60_000);
    const back = h.sim.control.orders().find((o) => o.orderInfo.advanced.backOrderInfo)!;
    h.sim.control.ship(back.orderInfo.orderId);
    h.clock.advance(5_000);
    const rest = await drain(h, cursor, 50);
    expect(rest.items).toHaveLength(1);
    expect(rest.items[0]).toMatchObject({
      order: { orderNumber: "P-1", warehouseRef: String(back.orderInfo.orderId) },
      status: "shipped",
      shipment: { orderNumber: "P-1", complete: true, lines: [{ sku: "TS-BLK-M", quantity: 1 }] },
    });
    expect(rest.items[0]!.shipment!.shipmentRef).not.toBe(change.shipment!.shipmentRef);
  });

  it("refuses a cursor that is not its own", async () => {
    await expect(warehouse.listChanges(h.ctx, { cursor: "page=2" })).rejects.toMatchObject({ kind: "permanent" });
  });
});
