import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { caught, rackbeatHarness, type RackbeatHarness } from "./testing";
import { rackbeatConnector } from "./index";

const listShippedAtSource = rackbeatConnector.source!.listShippedAtSource!;
const ref = (sourceRef: string) => ({ sourceRef, orderNumber: sourceRef.replace(":", "-"), warehouseRef: "1" });

/** Seed 002: which handed-over orders the merchant shipped in Rackbeat first. */
describe("Rackbeat listShippedAtSource, against the simulator over HTTP", () => {
  let h: RackbeatHarness;
  let servers: RunningServer[] = [];
  beforeEach(async () => {
    h = await rackbeatHarness();
  });
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
    await h.close();
  });

  it("an order counts when it is_shipped; one only partly shipped does not, though all its shipments are shipped", async () => {
    const whole = h.seedOrder();
    const part = h.seedOrder();
    const waiting = h.seedOrder();
    h.sim.control.shipOrder(whole.number);
    const first = h.sim.control.createShipment(part.number, [{ productNumber: "ÆBLE-1", quantity: 2 }]);
    h.sim.control.markShipped(first.id);
    expect(h.sim.control.order(part.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    const refs = [whole, part, waiting].map((o) => ref(String(o.number)));
    expect(await listShippedAtSource(h.ctx, { orders: refs })).toEqual([refs[0]]);
  });

  it("trigger 'shipment created': the one Rackbeat shipment marked shipped, not its sibling; a cancelled order never", async () => {
    const order = h.seedOrder();
    const a = h.sim.control.createShipment(order.number, [{ productNumber: "BÆR-2", quantity: 1 }]);
    const b = h.sim.control.createShipment(order.number);
    h.sim.control.markShipped(a.id);
    const refs = [ref(`${order.number}:${a.id}`), ref(`${order.number}:${b.id}`)];
    expect(await listShippedAtSource(h.ctx, { orders: refs })).toEqual([refs[0]]);

    const cancelled = h.seedOrder();
    h.sim.control.shipOrder(cancelled.number);
    h.sim.control.cancel(cancelled.number);
    expect(await listShippedAtSource(h.ctx, { orders: [ref(String(cancelled.number))] })).toEqual([]);
    expect(await listShippedAtSource(h.ctx, { orders: [ref("999999")] })).toEqual([]);
  });

  it("an order answer without its booleans is a classified malformed_response, never a crash", async () => {
    const order = h.seedOrder();
    const server = await serveFetchHandler(async (request) =>
      new URL(request.url).pathname.endsWith(`/orders/${order.number}`)
        ? new Response(JSON.stringify({ order: { number: order.number, is_shipped: "yes" } }), { status: 200, headers: { "content-type": "application/json" } })
        : h.sim.handle(request),
    );
    servers.push(server);
    const error = await caught(listShippedAtSource(h.contextFor({ apiUrl: h.sim.control.baseUrl(server.url) }), { orders: [ref(String(order.number))] }));
    expect([error.kind, error.reason]).toEqual(["transient", "malformed_response"]);
  });
});
