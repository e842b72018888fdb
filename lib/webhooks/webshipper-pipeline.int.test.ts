import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { POST } from "@/app/api/webhooks/[token]/route";
import { functions } from "@/inngest";
import { createLocalWorker } from "@/inngest/local/worker";
import { createConnection } from "@/lib/connections/store";
import { webshipperHarness, WS_ADDRESS, type WebshipperHarness } from "@/lib/connectors/webshipper/testing";
import { intakeLink } from "@/lib/pipeline/intake";
import { createLink } from "@/lib/pipeline/links";
import { drainOutbox, linkState, pipelineWorld, type OngoingWorld } from "@/lib/pipeline/testing";
import { announceNewLink } from "@/lib/wizard/activate";
import { webhookPanel } from "./list-deliveries";

let world: OngoingWorld | undefined;
let ws: WebshipperHarness | undefined;
afterEach(async () => {
  await world?.close();
  await ws?.close();
  world = undefined;
  ws = undefined;
});

function deliver(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  const token = new URL(url).pathname.split("/").pop()!;
  return POST(new Request(url, { method: "POST", headers, body }), { params: Promise.resolve({ token }) });
}

describe("Webshipper as the warehouse, driven by its webhooks", () => {
  it("the signed shipment webhooks Webshipper sends after activation ship the order and write it back once, without a poll", async () => {
    world = await pipelineWorld("ongoing");
    ws = await webshipperHarness();
    const { tenantId, plenty } = world;
    const conn = await createConnection(tenantId, { connectorId: "webshipper", label: "Webshipper", credentials: { ...ws.credentials } });
    // Shop shipping profile 6 → Webshipper rate 6 (GLS Business).
    const link = await createLink(tenantId, { name: "Shop → Webshipper", sourceConnectionId: world.sourceConnectionId, warehouseConnectionId: conn.id, mappings: { shippingMethods: { "6": "6" } } });
    await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));
    const worker = createLocalWorker({ functions, tenantId });
    await worker.drain();
    expect(ws.sim.control.webhooks()).toHaveLength(5);

    const [ref] = plenty.control.createOrders(1).map((o) => String(o.id));
    await intakeLink(tenantId, link.id);
    await drainOutbox(tenantId);
    await worker.drain();
    let order = (await linkState(tenantId, link.id)).orders.find((o) => o.sourceRef === ref)!;
    expect(order.warehouseRef).toBeTruthy();

    ws.sim.control.takeDeliveries();
    ws.sim.control.ship(Number(order.warehouseRef));
    const deliveries = ws.sim.control.takeDeliveries();
    expect(deliveries.map((d) => d.topic)).toContain("shipment/created");
    // Each delivery twice, as a partner retrying after a lost answer would.
    for (const d of [...deliveries, ...deliveries]) expect((await deliver(d.url, d.headers, d.body)).status).toBe(200);
    await worker.drain();

    order = (await linkState(tenantId, link.id)).orders.find((o) => o.sourceRef === ref)!;
    expect(order.status).toBe("shipped");
    expect(plenty.control.packages(Number(ref))).toHaveLength(1);
    const panel = await webhookPanel(tenantId, conn.id);
    expect(panel.deliveries).toHaveLength(deliveries.length);
    expect(panel.deliveries.every((d) => d.status === "processed" && d.repeats === 1)).toBe(true);
  });
});

describe("Webshipper as the source, driven by its webhooks", () => {
  it("an order/created webhook runs the link's intake at once: the order reaches the warehouse without waiting for the schedule", async () => {
    world = await pipelineWorld("ongoing");
    ws = await webshipperHarness();
    const { tenantId, ongoing } = world;
    const conn = await createConnection(tenantId, { connectorId: "webshipper", label: "Webshipper", credentials: { ...ws.credentials } });
    const link = await createLink(tenantId, { name: "Webshipper → Ongoing", sourceConnectionId: conn.id, warehouseConnectionId: world.warehouseConnectionId, mappings: { shippingMethods: { "6": "SBTL" } } });
    await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));
    const worker = createLocalWorker({ functions, tenantId });
    await worker.drain();
    const before = ongoing.control.orders().length;

    ws.sim.control.createOrder({ ext_ref: "WS-1", visible_ref: "WS-1", shippingRateId: 6, delivery_address: WS_ADDRESS, order_lines: [{ ext_ref: "ts", sku: "TS-BLK-M", description: "T-shirt", quantity: 1, unit_price: 10, weight: 100 }] });
    const deliveries = ws.sim.control.takeDeliveries().filter((d) => d.topic === "order/created");
    expect(deliveries).toHaveLength(1);
    expect((await deliver(deliveries[0]!.url, deliveries[0]!.headers, deliveries[0]!.body)).status).toBe(200);
    await worker.drain();

    expect(worker.deliveries.filter((d) => d.functionId === "webhook-received").map((d) => d.outcome)).toEqual(["ok"]);
    expect(ongoing.control.orders().length).toBe(before + 1);
    const state = await linkState(tenantId, link.id);
    expect(state.orders.map((o) => [o.orderNumber, o.status])).toEqual([["WS-1", "accepted"]]);
  });
});
