import { plentymarketsConnector } from "@/lib/connectors/plentymarkets";
import type { WarehouseChange } from "@/lib/connectors/types";
import type { Order } from "@/lib/orders";
import { measure, type Measured } from "./measure";
import { createBench, startPlenty } from "./setup";
import type { BenchWarehouse, WarehouseFactory } from "./warehouses";

const source = plentymarketsConnector.source!;

export interface ScenarioResult {
  warehouse: { id: string; label: string };
  orders: number;
  changed: number;
  send: Measured<Order[]>;
  poll: Measured<WarehouseChange[]>;
  writeBack: Measured<number>;
}

/** listChanges from the cursor until nothing more is waiting. */
async function drain(wh: BenchWarehouse, cursor: string | null): Promise<{ changes: WarehouseChange[]; cursor: string | null }> {
  const changes: WarehouseChange[] = [];
  for (;;) {
    const page = await wh.ops.listChanges(wh.ctx, { cursor });
    changes.push(...page.items);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

/**
 * plentymarkets → warehouse, as the engine runs it: hand over every ready order (list, submit,
 * acknowledge), then ship `changed` of them at the warehouse, poll the changes, and write each
 * shipment back to plentymarkets.
 */
export async function runScenario(startWarehouse: WarehouseFactory, orders: number, changed: number): Promise<ScenarioResult> {
  const bench = createBench();
  try {
    const plenty = await startPlenty(bench, orders);
    const wh = await startWarehouse(bench);

    const send = await measure(bench, async () => {
      const sent: Order[] = [];
      let cursor: string | null = null;
      for (let more = true; more; ) {
        const page = await source.listReadyOrders(plenty.ctx, { cursor });
        for (const order of page.items) {
          await wh.ops.submitOrder(wh.ctx, { order, shippingCode: wh.shippingCode });
          await source.acknowledge(plenty.ctx, { order });
          sent.push(order);
        }
        cursor = page.nextCursor;
        more = page.hasMore;
      }
      return sent;
    });
    expectCount("orders handed over", send.result.length, orders);

    // The cursor a running link would hold: a poll some minutes after the hand-over saw it all.
    bench.clock.advance(10 * 60_000);
    const before = await drain(wh, null);
    bench.clock.advance(10 * 60_000);
    for (const order of send.result.slice(0, changed)) wh.ship(order.orderNumber);
    bench.clock.advance(5_000);

    const poll = await measure(bench, async () => (await drain(wh, before.cursor)).changes);
    const shipped = poll.result.filter((c) => c.shipment);
    expectCount("shipments polled", shipped.length, changed);

    const bySourceNumber = new Map(send.result.map((o) => [o.orderNumber, o]));
    const writeBack = await measure(bench, async () => {
      for (const change of shipped) {
        const order = bySourceNumber.get(change.order.orderNumber);
        if (!order) throw new Error(`bench: the warehouse reported unknown order ${change.order.orderNumber}`);
        await source.writeShipment(plenty.ctx, { order, shipment: change.shipment!, status: change.status });
      }
      return shipped.length;
    });
    return { warehouse: { id: wh.id, label: wh.label }, orders, changed, send, poll, writeBack };
  } finally {
    await bench.close();
  }
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`bench: ${what}: ${actual}, expected ${expected}`);
}
