import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { POST } from "@/app/api/webhooks/[token]/route";
import { functions } from "@/inngest";
import { createLocalWorker } from "@/inngest/local/worker";
import { createConnection } from "@/lib/connections/store";
import { WS_ADDRESS } from "@/lib/connectors/webshipper/testing";
import { deleteLink } from "@/lib/links/manage";
import { createLink } from "@/lib/pipeline/links";
import { linkState } from "@/lib/pipeline/testing";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createRackbeatSimulator, DEFAULT_TOKEN as RB_TOKEN, type RackbeatSimulator } from "@/lib/sandbox/rackbeat";
import { createWebshipperSimulator, DEFAULT_ORDER_CHANNEL, DEFAULT_TOKEN as WS_TOKEN, type WebshipperSimulator } from "@/lib/sandbox/webshipper";
import { announceNewLink } from "@/lib/wizard/activate";
import { openEndpointSecrets } from "./endpoints";
import { MAX_WEBHOOK_BODY_BYTES } from "./read-body";

let servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

function deliver(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  const token = new URL(url).pathname.split("/").pop()!;
  return POST(new Request(url, { method: "POST", headers, body }), { params: Promise.resolve({ token }) });
}

/** A Webshipper → Rackbeat link (or the other way), activated: both partners have our webhooks registered. */
async function activatedLink(direction: "webshipper_to_rackbeat" | "rackbeat_to_webshipper" = "webshipper_to_rackbeat") {
  const rb: RackbeatSimulator = createRackbeatSimulator({ seed: 4 });
  const ws: WebshipperSimulator = createWebshipperSimulator({ seed: 4 });
  const [rbServer, wsServer] = [await serveFetchHandler(rb.handle), await serveFetchHandler(ws.handle)];
  servers.push(rbServer, wsServer);
  const { tenantId } = await signUpOwner("Webhook ApS");
  const rackbeat = await createConnection(tenantId, { connectorId: "rackbeat", label: "Rackbeat", credentials: { apiToken: RB_TOKEN, apiUrl: rb.control.baseUrl(rbServer.url) } });
  const webshipper = await createConnection(tenantId, {
    connectorId: "webshipper",
    label: "Webshipper",
    credentials: { account: "sandbox", apiToken: WS_TOKEN, orderChannelId: DEFAULT_ORDER_CHANNEL.id, apiUrl: ws.control.baseUrl(wsServer.url) },
  });
  const link =
    direction === "webshipper_to_rackbeat"
      ? await createLink(tenantId, { name: "Webshipper → Rackbeat", sourceConnectionId: webshipper.id, warehouseConnectionId: rackbeat.id, mappings: { shippingMethods: { "6": "2", "8": "3" } } })
      : await createLink(tenantId, { name: "Rackbeat → Webshipper", sourceConnectionId: rackbeat.id, warehouseConnectionId: webshipper.id, mappings: { shippingMethods: { "2": "6", "3": "8" } } });
  await withTenant(tenantId, (tx) => announceNewLink(tx, tenantId, link.id));
  const worker = createLocalWorker({ functions, tenantId });
  await worker.drain();
  return { tenantId, rb, ws, rackbeatId: rackbeat.id, webshipperId: webshipper.id, linkId: link.id, worker };
}

async function deliveriesOf(tenantId: string, connectionId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.connectionId, connectionId)));
}

describe("Rackbeat webhooks at /api/webhooks/<token>", () => {
  it("activation registers them and keeps Rackbeat's tokens sealed; the token decides: valid, wrong, repeated three times, malformed, huge, unknown event", async () => {
    const w = await activatedLink();
    const hooks = w.rb.control.webhooks();
    expect(hooks.map((h) => h.event).sort()).toEqual(["order.created", "order.updated", "order_shipment.created", "order_shipment.updated"]);
    const [endpoint] = await withTenant(w.tenantId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, w.rackbeatId)));
    expect(openEndpointSecrets(endpoint!).partnerSecrets?.sort()).toEqual(hooks.map((h) => h.token).sort());
    // Sealed: no token in clear anywhere in the row.
    expect(JSON.stringify(endpoint)).not.toContain(hooks[0]!.token);

    const customer = w.rb.control.addCustomer({ name: "Kunde" });
    w.rb.control.addProduct({ number: "X-1", name: "X" });
    w.rb.control.createOrder({ customerNumber: customer.number, deliveryAddress: { name: "A B", street: "Gade 1", zipcode: "8000", city: "Aarhus", country: "DK" }, lines: [{ productNumber: "X-1", quantity: 1 }] });
    const created = w.rb.control.takeDeliveries().find((d) => d.event === "order.created")!;

    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await deliver(created.url, created.headers, created.body));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect((await answers[2]!.json()) as unknown).toMatchObject({ duplicate: true });
    let rows = await deliveriesOf(w.tenantId, w.rackbeatId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ topic: "order.created", repeats: 2 });
    expect(Object.keys(rows[0]!.headers)).not.toContain("rackbeat-webhook-token");

    const wrong = await deliver(created.url, { ...created.headers, "rackbeat-webhook-token": "x".repeat(32) }, created.body.replace("order.created", "order.updated"));
    const missing = await deliver(created.url, { "content-type": "application/json" }, created.body.replace("order.created", "order.updated"));
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    const malformed = await deliver(created.url, created.headers, '{"key": 1, "event": ');
    expect(malformed.status).toBe(400);
    const huge = await deliver(created.url, created.headers, JSON.stringify({ key: 1, event: "order.updated", data: { note: "x".repeat(MAX_WEBHOOK_BODY_BYTES) } }));
    expect(huge.status).toBe(413);
    const unknown = await deliver(created.url, { ...created.headers, "rackbeat-webhook-event": "employee.created" }, JSON.stringify({ key: 7, key_name: "id", event: "employee.created", data: {} }));
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ ignored: true });
    rows = await deliveriesOf(w.tenantId, w.rackbeatId);
    expect(rows.map((r) => [r.topic, r.status]).sort()).toEqual([
      ["employee.created", "ignored"],
      ["order.created", "received"],
    ]);

    // Processed once: an order Lagerbro did not create changes nothing.
    await w.worker.drain();
    rows = await deliveriesOf(w.tenantId, w.rackbeatId);
    expect(rows.find((r) => r.topic === "order.created")).toMatchObject({ status: "processed", changes: 0 });

    // The link goes: our webhooks at Rackbeat go, and so do their tokens; a late delivery finds no endpoint.
    await deleteLink(w.tenantId, w.linkId);
    await w.worker.drain();
    expect(w.rb.control.webhooks()).toHaveLength(0);
    const [after] = await withTenant(w.tenantId, (tx) => tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.connectionId, w.rackbeatId)));
    expect(openEndpointSecrets(after!).partnerSecrets).toEqual([]);
    expect((await deliver(created.url, created.headers, created.body.replace("order.created", "order.updated"))).status).toBe(404);
  });
});

describe("Webshipper → Rackbeat driven by Webshipper's webhooks", () => {
  it("order/created brings the order into Rackbeat, shipment/created marks it shipped there, without waiting for a schedule", async () => {
    const w = await activatedLink();
    w.ws.control.takeDeliveries();
    const placed = w.ws.control.createOrder({
      ext_ref: "shop-88",
      visible_ref: "88",
      shippingRateId: 6,
      delivery_address: WS_ADDRESS,
      order_lines: [{ ext_ref: "a", sku: "ÆBLE-1", description: "Æblemost", quantity: 2, unit_price: 49.95, weight: 1200 }],
    });
    for (const d of w.ws.control.takeDeliveries()) expect((await deliver(d.url, d.headers, d.body)).status).toBe(200);
    await w.worker.drain();
    let [order] = (await linkState(w.tenantId, w.linkId)).orders;
    expect(order).toMatchObject({ orderNumber: "88", status: "accepted" });
    const rbNumber = Number(order!.warehouseRef);
    expect(w.rb.control.order(rbNumber)).toMatchObject({ their_reference: "88", is_shipped: false, delivery_terms: { name: "GLS Erhverv" } });

    w.ws.control.ship(Number(placed.id));
    const shipped = w.ws.control.takeDeliveries();
    expect(shipped.map((d) => d.topic)).toContain("shipment/created");
    for (const d of shipped) expect((await deliver(d.url, d.headers, d.body)).status).toBe(200);
    await w.worker.drain();
    expect(w.rb.control.order(rbNumber).is_shipped).toBe(true);
    expect(w.rb.control.notes(rbNumber).filter((n) => n.includes("via Webshipper"))).toHaveLength(1);
    [order] = (await linkState(w.tenantId, w.linkId)).orders;
    expect(order!.status).toBe("shipped");
  });
});

describe("Rackbeat → Webshipper driven by Rackbeat's webhooks", () => {
  it("a booked order's webhooks run the intake at once: the order reaches Webshipper without waiting for the schedule", async () => {
    const w = await activatedLink("rackbeat_to_webshipper");
    expect(w.rb.control.webhooks()).toHaveLength(4);
    w.rb.control.addProduct({ number: "ÆBLE-1", name: "Æblemost", salesPrice: 49.95, weightGrams: 1200 });
    const customer = w.rb.control.addCustomer({ name: "Søren Ærøskøbing", email: "soren@example.dk" });
    const rbOrder = w.rb.control.createOrder({
      customerNumber: customer.number,
      deliveryTermsId: 2,
      deliveryAddress: { name: "Søren Ærøskøbing", street: "Åboulevarden 12", zipcode: "8000", city: "Århus C", country: "DK" },
      lines: [{ productNumber: "ÆBLE-1", quantity: 2, linePrice: 49.95 }],
    });
    const before = w.ws.control.orders().length;
    for (const d of w.rb.control.takeDeliveries()) expect((await deliver(d.url, d.headers, d.body)).status).toBe(200);
    await w.worker.drain();
    const orders = w.ws.control.orders();
    expect(orders).toHaveLength(before + 1);
    expect(orders.at(-1)!.attributes).toMatchObject({ ext_ref: String(rbOrder.number), shipping_rate_id: 6 });
    const [order] = (await linkState(w.tenantId, w.linkId)).orders;
    expect(order).toMatchObject({ sourceRef: String(rbOrder.number), status: "accepted" });
  });
});
