import { afterEach, describe, expect, it } from "vitest";
import { signUpOwner } from "@/db/testing/fixtures";
import { testStoredConnection } from "@/lib/connections/open";
import { createConnection } from "@/lib/connections/store";
import { getConnector } from "@/lib/connectors";
import { WS_ADDRESS } from "@/lib/connectors/webshipper/testing";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createRackbeatSimulator, DEFAULT_TOKEN as RB_TOKEN, type RackbeatSimulator } from "@/lib/sandbox/rackbeat";
import { createWebshipperSimulator, DEFAULT_ORDER_CHANNEL, DEFAULT_TOKEN as WS_TOKEN, type WebshipperSimulator } from "@/lib/sandbox/webshipper";
import { suggestMappings } from "@/lib/wizard/prefill";
import { intakeLink } from "./intake";
import { createLink } from "./links";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, timelineOf, type Interceptor } from "./testing";

/**
 * Seed 002 through the pipeline, on both simulators over real HTTP: Rackbeat → Webshipper (the
 * shipments written back to Rackbeat, a partial one first) and Webshipper → Rackbeat (the order
 * created in Rackbeat with the products and customer it lacked; Webshipper's shipments recorded
 * on it), each with the delivery-term ↔ shipping-rate mapping the wizard suggests. And the other
 * way of "dispatch in either system": an order shipped in Rackbeat first is marked dispatched in
 * Webshipper by the next status poll, once.
 */
interface World {
  tenantId: string;
  rb: RackbeatSimulator;
  ws: WebshipperSimulator;
  rackbeatId: string;
  webshipperId: string;
}

let servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** `intercept` answers a Webshipper request in the simulator's place (undefined lets it through). */
async function world(options: { intercept?: Interceptor } = {}): Promise<World> {
  const rb = createRackbeatSimulator({ seed: 2 });
  const ws = createWebshipperSimulator({ seed: 2 });
  const wsHandle = async (request: Request) => options.intercept?.(request) ?? ws.handle(request);
  const [rbServer, wsServer] = [await serveFetchHandler(rb.handle), await serveFetchHandler(wsHandle)];
  servers.push(rbServer, wsServer);
  const { tenantId } = await signUpOwner("Rackbeat Webshipper ApS");
  const rackbeat = await createConnection(tenantId, { connectorId: "rackbeat", label: "Rackbeat", credentials: { apiToken: RB_TOKEN, apiUrl: rb.control.baseUrl(rbServer.url) } });
  const webshipper = await createConnection(tenantId, {
    connectorId: "webshipper",
    label: "Webshipper",
    credentials: { account: "sandbox", apiToken: WS_TOKEN, orderChannelId: DEFAULT_ORDER_CHANNEL.id, apiUrl: ws.control.baseUrl(wsServer.url) },
  });
  for (const id of [rackbeat.id, webshipper.id]) expect((await testStoredConnection(tenantId, id)).ok).toBe(true);
  return { tenantId, rb, ws, rackbeatId: rackbeat.id, webshipperId: webshipper.id };
}

/** The wizard's mapping suggestion from both connection tests: source shipping choices → the other side's. */
async function suggested(w: World, source: "rackbeat" | "webshipper") {
  const [src, dst] = source === "rackbeat" ? [w.rackbeatId, w.webshipperId] : [w.webshipperId, w.rackbeatId];
  const discovered = async (id: string) => {
    const result = await testStoredConnection(w.tenantId, id);
    if (!result.ok) throw new Error(result.message);
    return result.discovered;
  };
  return suggestMappings({ sourceConnector: getConnector(source), sourceDiscovered: await discovered(src), warehouseDiscovered: await discovered(dst) });
}

/** linkState reads shipments in no particular order (an update moves a row): oldest first, the partial one before the rest. */
function inShippingOrder<T extends { shippedAt: Date; partial: boolean }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.shippedAt.getTime() - b.shippedAt.getTime() || Number(b.partial) - Number(a.partial));
}

function seedRackbeatOrder(rb: RackbeatSimulator, deliveryTermsId: number) {
  const c = rb.control;
  c.addProduct({ number: "ÆBLE-1", name: "Æblemost – økologisk", salesPrice: 49.95, weightGrams: 1200 });
  c.addProduct({ number: "BÆR-2", name: "Blåbær", salesPrice: 20, weightGrams: 250 });
  const customer = c.addCustomer({ name: "Søren Ærøskøbing", email: "soren@example.dk" });
  return c.createOrder({
    customerNumber: customer.number,
    deliveryTermsId,
    deliveryAddress: { name: "Søren Ærøskøbing", street: "Åboulevarden 12", zipcode: "8000", city: "Århus C", country: "DK", email: "soren@example.dk", phone: "+4512345678" },
    lines: [
      { productNumber: "ÆBLE-1", quantity: 2, linePrice: 49.95, vatPercentage: 25 },
      { productNumber: "BÆR-2", quantity: 1, linePrice: 20, vatPercentage: 25 },
    ],
  });
}

describe("Rackbeat → Webshipper through the pipeline", () => {
  it("sends the booked order with the mapped rate, writes a partial shipment and then the rest back to Rackbeat once each, and refuses a link the other way", async () => {
    const w = await world();
    const mappings = await suggested(w, "rackbeat");
    // Delivery term 2 "GLS Erhverv" → rate 6 "GLS Business"; 3 "PostNord Hjemlevering" → 8 "PostNord MyPack Home".
    expect(mappings.shippingMethods).toMatchObject({ "2": "6", "3": "8" });
    const link = await createLink(w.tenantId, { name: "Rackbeat → Webshipper", sourceConnectionId: w.rackbeatId, warehouseConnectionId: w.webshipperId, mappings });
    expect(link.settings).toMatchObject({ direction: "rackbeat_to_webshipper", trigger: "order_created" });
    await expect(createLink(w.tenantId, { name: "back", sourceConnectionId: w.webshipperId, warehouseConnectionId: w.rackbeatId })).rejects.toThrow(
      /already syncs Rackbeat → Webshipper\. Data syncs one way only/,
    );

    const rbOrder = seedRackbeatOrder(w.rb, 3);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    let [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order).toMatchObject({ sourceRef: String(rbOrder.number), status: "accepted" });
    const wsOrder = w.ws.control.order(Number(order!.warehouseRef));
    expect(wsOrder.attributes).toMatchObject({ ext_ref: String(rbOrder.number), shipping_rate_id: 8, status: "pending" });
    expect(wsOrder.attributes.order_lines.map((l) => [l.sku, l.quantity, l.weight])).toEqual([
      ["ÆBLE-1", 2, 1200],
      ["BÆR-2", 1, 250],
    ]);
    expect(w.rb.control.notes(rbOrder.number).some((n) => n.includes("sent to Webshipper"))).toBe(true);

    w.ws.control.ship(Number(order!.warehouseRef), [{ lines: [{ sku: "ÆBLE-1", quantity: 2 }] }]);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(w.rb.control.order(rbOrder.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order!.status).toBe("partially_shipped");
    expect(order!.settledAt).toBeNull();

    w.ws.control.ship(Number(order!.warehouseRef));
    await pollWarehouseChanges(w.tenantId, link.id);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]).toMatchObject({ status: "shipped" });
    expect(state.orders[0]!.settledAt).not.toBeNull();
    expect(inShippingOrder(state.shipments).map((s) => [s.partial, Boolean(s.writtenBackAt)])).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(w.rb.control.order(rbOrder.number).is_shipped).toBe(true);
    expect(w.rb.control.shipments(rbOrder.number).map((s) => s.is_shipped)).toEqual([true, true]);
    expect(w.rb.control.notes(rbOrder.number).filter((n) => n.includes("via Webshipper"))).toHaveLength(2);
  });

  it("trigger 'shipment created': each Rackbeat shipment goes on its own with its lines, and shipping it marks that shipment shipped", async () => {
    const w = await world();
    const link = await createLink(w.tenantId, {
      name: "Rackbeat shipments → Webshipper",
      sourceConnectionId: w.rackbeatId,
      warehouseConnectionId: w.webshipperId,
      mappings: await suggested(w, "rackbeat"),
      settings: { trigger: "shipment_created" },
    });
    expect(link.settings.trigger).toBe("shipment_created");
    const rbOrder = seedRackbeatOrder(w.rb, 2);
    await intakeLink(w.tenantId, link.id);
    expect((await linkState(w.tenantId, link.id)).orders).toHaveLength(0);

    const first = w.rb.control.createShipment(rbOrder.number, [{ productNumber: "BÆR-2", quantity: 1 }]);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order).toMatchObject({ sourceRef: `${rbOrder.number}:${first.id}`, orderNumber: `${rbOrder.number}-${first.id}` });
    const wsOrder = w.ws.control.order(Number(order!.warehouseRef));
    expect(wsOrder.attributes.order_lines.map((l) => [l.sku, l.quantity])).toEqual([["BÆR-2", 1]]);
    expect(wsOrder.attributes.shipping_rate_id).toBe(6);

    w.ws.control.ship(Number(order!.warehouseRef));
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(w.rb.control.shipments(rbOrder.number)).toEqual([expect.objectContaining({ id: first.id, is_shipped: true })]);
    expect(w.rb.control.order(rbOrder.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    expect((await linkState(w.tenantId, link.id)).orders[0]).toMatchObject({ status: "shipped" });
  });
});

describe("Webshipper → Rackbeat through the pipeline", () => {
  it("creates the order in Rackbeat with the missing products and customer and the mapped delivery term; Webshipper's partial and final shipments mark it sent in Rackbeat, once each", async () => {
    const w = await world();
    const mappings = await suggested(w, "webshipper");
    expect(mappings.shippingMethods).toMatchObject({ "6": "2", "8": "3" });
    const link = await createLink(w.tenantId, { name: "Webshipper → Rackbeat", sourceConnectionId: w.webshipperId, warehouseConnectionId: w.rackbeatId, mappings });
    expect(link.settings).toMatchObject({ direction: "webshipper_to_rackbeat", trigger: "order_created" });

    w.rb.control.addProduct({ number: "ÆBLE-1", name: "Æblemost – økologisk", salesPrice: 49.95 });
    const placed = w.ws.control.createOrder({
      ext_ref: "shop-5001",
      visible_ref: "5001",
      currency: "DKK",
      shippingRateId: 8,
      delivery_address: WS_ADDRESS,
      order_lines: [
        { ext_ref: "a", sku: "ÆBLE-1", description: "Æblemost – økologisk", quantity: 2, unit_price: 49.95, vat_percent: 25, weight: 1.2, weight_unit: "kg" },
        { ext_ref: "b", sku: "ØL-3", description: "Økologisk øl", quantity: 1, unit_price: 35, vat_percent: 25, weight: 500, weight_unit: "g" },
      ],
    });
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    let [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order).toMatchObject({ sourceRef: String(placed.id), orderNumber: "5001", status: "accepted" });
    const rbNumber = Number(order!.warehouseRef);
    expect(w.rb.control.order(rbNumber)).toMatchObject({ is_booked: true, their_reference: "5001", delivery_terms: { name: "PostNord Hjemlevering" } });
    expect(w.rb.control.products().find((p) => p.number === "ØL-3")).toMatchObject({ name: "Økologisk øl", sales_price: 35 });
    expect(w.rb.control.customers()).toEqual([expect.objectContaining({ name: "Søren Ærøskøbing", contact_email: "soren@example.dk" })]);
    expect(w.ws.control.order(Number(placed.id)).attributes.tags).toContain("lagerbro");

    // The label is printed in Webshipper for one line; Rackbeat learns it from the status poll.
    w.ws.control.ship(Number(placed.id), [{ lines: [{ sku: "ØL-3", quantity: 1 }] }]);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(w.rb.control.order(rbNumber)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order!.status).toBe("partially_shipped");

    w.ws.control.ship(Number(placed.id));
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]!.status).toBe("shipped");
    expect(state.orders[0]!.settledAt).not.toBeNull();
    expect(inShippingOrder(state.shipments).map((s) => [s.partial, Boolean(s.writtenBackAt)])).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(w.rb.control.order(rbNumber).is_shipped).toBe(true);
    expect(w.rb.control.shipments(rbNumber)).toHaveLength(2);
    expect(w.rb.control.notes(rbNumber).filter((n) => n.includes("via Webshipper"))).toHaveLength(2);
    const timeline = await timelineOf(w.tenantId, state.orders[0]!.id);
    expect(timeline.filter((e) => e.kind === "written_back").map((e) => e.message)).toEqual([expect.stringContaining("written to Rackbeat (partial shipment"), expect.stringContaining("written to Rackbeat")]);
  });

  it("trigger 'shipment created': each Webshipper shipment becomes a Rackbeat order of its lines, marked shipped there at once", async () => {
    const w = await world();
    const link = await createLink(w.tenantId, {
      name: "Webshipper shipments → Rackbeat",
      sourceConnectionId: w.webshipperId,
      warehouseConnectionId: w.rackbeatId,
      mappings: await suggested(w, "webshipper"),
      settings: { trigger: "shipment_created" },
    });
    const placed = w.ws.control.createOrder({
      ext_ref: "shop-7",
      visible_ref: "7",
      shippingRateId: 6,
      delivery_address: WS_ADDRESS,
      order_lines: [
        { ext_ref: "a", sku: "ÆBLE-1", description: "Æblemost", quantity: 2, unit_price: 49.95 },
        { ext_ref: "b", sku: "ØL-3", description: "Øl", quantity: 1, unit_price: 35 },
      ],
    });
    const shipment = w.ws.control.ship(Number(placed.id), [{ lines: [{ sku: "ÆBLE-1", quantity: 2 }] }]);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order).toMatchObject({ sourceRef: `${placed.id}:${shipment.id}`, orderNumber: `7-${shipment.id}`, status: "shipped" });
    const rbOrder = w.rb.control.order(Number(order!.warehouseRef));
    expect(rbOrder.lines.map((l: { item: { number: string }; quantity: number }) => [l.item.number, l.quantity])).toEqual([["ÆBLE-1", 2]]);
    expect(rbOrder).toMatchObject({ is_shipped: true, delivery_terms: { name: "GLS Erhverv" } });
  });
});

describe("Rackbeat → Webshipper: shipped in Rackbeat first", () => {
  /** PATCHes of Webshipper orders that set a status, as the simulator saw them. */
  const statusPatches = (w: World) => w.ws.control.requests().filter((r) => r.method === "PATCH" && r.path.startsWith("/orders/"));
  const markedSent = async (w: World, orderId: string) =>
    (await timelineOf(w.tenantId, orderId)).filter((e) => e.message === "Marked sent in Webshipper: it was shipped in Rackbeat.");

  async function sentOrder(w: World, settings: { trigger?: "order_created" | "shipment_created" } = {}) {
    const link = await createLink(w.tenantId, { name: "Rackbeat → Webshipper", sourceConnectionId: w.rackbeatId, warehouseConnectionId: w.webshipperId, mappings: await suggested(w, "rackbeat"), settings });
    const rbOrder = seedRackbeatOrder(w.rb, 3);
    return { link, rbOrder };
  }

  it("marks the pending Webshipper order dispatched once and settles it as shipped without tracking; a second poll changes nothing", async () => {
    const w = await world();
    const { link, rbOrder } = await sentOrder(w);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    let [order] = (await linkState(w.tenantId, link.id)).orders;
    const wsId = Number(order!.warehouseRef);
    expect(w.ws.control.order(wsId).attributes.status).toBe("pending");

    // A poll while nothing has happened asks Rackbeat and leaves Webshipper alone.
    await pollWarehouseChanges(w.tenantId, link.id);
    expect(statusPatches(w)).toHaveLength(0);

    w.rb.control.shipOrder(rbOrder.number);
    expect(w.rb.control.order(rbOrder.number).is_shipped).toBe(true);
    const first = await pollWarehouseChanges(w.tenantId, link.id);
    expect(first).toMatchObject({ outcome: "done", exceptions: 0 });
    expect(w.ws.control.order(wsId).attributes.status).toBe("dispatched");
    expect(statusPatches(w)).toEqual([expect.objectContaining({ path: `/orders/${wsId}`, status: 200 })]);
    [order] = (await linkState(w.tenantId, link.id)).orders;
    expect(order).toMatchObject({ status: "shipped", warehouseStatus: "dispatched" });
    expect(order!.settledAt).not.toBeNull();
    expect(order!.shippedAt).not.toBeNull();
    expect(await markedSent(w, order!.id)).toHaveLength(1);

    // The next polls see Webshipper's dispatched order (no shipment) and Rackbeat's shipped one: nothing moves.
    const notesBefore = w.rb.control.notes(rbOrder.number).length;
    const second = await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    await pollWarehouseChanges(w.tenantId, link.id);
    expect(second.statusChanges).toBe(0);
    expect(statusPatches(w)).toHaveLength(1);
    const state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]).toMatchObject({ status: "shipped", settledAt: order!.settledAt });
    expect(state.shipments).toEqual([]);
    expect(state.exceptions).toEqual([]);
    expect(await markedSent(w, order!.id)).toHaveLength(1);
    expect(w.rb.control.notes(rbOrder.number)).toHaveLength(notesBefore);
  });

  it("does not PATCH an order Webshipper shipped itself, in whole or in part, once it is written back to Rackbeat", async () => {
    const w = await world();
    const { link, rbOrder } = await sentOrder(w);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const [order] = (await linkState(w.tenantId, link.id)).orders;
    const wsId = Number(order!.warehouseRef);

    // Part first: Rackbeat then holds a shipped shipment of an order that is only partly shipped.
    w.ws.control.ship(wsId, [{ lines: [{ sku: "ÆBLE-1", quantity: 2 }] }]);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(w.rb.control.order(rbOrder.number)).toMatchObject({ is_partly_shipped: true, is_shipped: false });
    expect(w.rb.control.shipments(rbOrder.number).every((s) => s.is_shipped)).toBe(true);
    await pollWarehouseChanges(w.tenantId, link.id);
    expect(statusPatches(w)).toHaveLength(0);

    w.ws.control.ship(wsId);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(w.rb.control.order(rbOrder.number).is_shipped).toBe(true);
    await pollWarehouseChanges(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    expect(statusPatches(w)).toHaveLength(0);
    const state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]).toMatchObject({ status: "shipped" });
    expect(state.shipments).toHaveLength(2);
    expect(await markedSent(w, order!.id)).toHaveLength(0);
  });

  it("trigger 'shipment created': the Rackbeat shipment marked shipped marks its own Webshipper order dispatched, not its sibling", async () => {
    const w = await world();
    const { link, rbOrder } = await sentOrder(w, { trigger: "shipment_created" });
    const first = w.rb.control.createShipment(rbOrder.number, [{ productNumber: "BÆR-2", quantity: 1 }]);
    const second = w.rb.control.createShipment(rbOrder.number);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    const byRef = async () => new Map((await linkState(w.tenantId, link.id)).orders.map((o) => [o.sourceRef, o]));
    const before = await byRef();
    expect([...before.keys()].sort()).toEqual([`${rbOrder.number}:${first.id}`, `${rbOrder.number}:${second.id}`].sort());

    w.rb.control.markShipped(first.id);
    await pollWarehouseChanges(w.tenantId, link.id);
    await pollWarehouseChanges(w.tenantId, link.id);
    const after = await byRef();
    const shipped = after.get(`${rbOrder.number}:${first.id}`)!;
    const waiting = after.get(`${rbOrder.number}:${second.id}`)!;
    expect(shipped).toMatchObject({ status: "shipped" });
    expect(shipped.settledAt).not.toBeNull();
    expect(waiting).toMatchObject({ status: "accepted", settledAt: null });
    expect(w.ws.control.order(Number(shipped.warehouseRef)).attributes.status).toBe("dispatched");
    expect(w.ws.control.order(Number(waiting.warehouseRef)).attributes.status).toBe("pending");
    expect(statusPatches(w)).toEqual([expect.objectContaining({ path: `/orders/${shipped.warehouseRef}` })]);
  });

  it("a Webshipper answer that keeps the order pending becomes the order's exception, not a crash, and is not repeated", async () => {
    let patches = 0;
    const w = await world({
      intercept: (request) => {
        if (request.method !== "PATCH") return undefined;
        patches += 1;
        // 200 with the order as it was: the status was not taken.
        const id = Number(new URL(request.url).pathname.split("/").at(-1));
        return new Response(JSON.stringify({ data: w.ws.control.order(id) }), { status: 200, headers: { "content-type": "application/vnd.api+json" } });
      },
    });
    const { link, rbOrder } = await sentOrder(w);
    await intakeLink(w.tenantId, link.id);
    await drainOutbox(w.tenantId);
    w.rb.control.shipOrder(rbOrder.number);
    const polled = await pollWarehouseChanges(w.tenantId, link.id);
    expect(polled.exceptions).toBe(1);
    let state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]).toMatchObject({ status: "exception", settledAt: null });
    // Webshipper still reports it pending, which ends the exception status; the open exception keeps it from being asked again.
    await pollWarehouseChanges(w.tenantId, link.id);
    await pollWarehouseChanges(w.tenantId, link.id);
    expect(patches).toBe(1);
    state = await linkState(w.tenantId, link.id);
    expect(state.orders[0]!.settledAt).toBeNull();
    expect(state.exceptions).toEqual([expect.objectContaining({ kind: "partner_error", status: "open", message: expect.stringMatching(/Marking the order sent in Webshipper .*kept order .* pending/) })]);
  });
});
