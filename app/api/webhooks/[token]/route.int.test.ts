import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox, shipments, webhookDeliveries } from "@/db/schema";
import { functions } from "@/inngest";
import { createLocalWorker } from "@/inngest/local/worker";
import { createConnection, deleteConnection } from "@/lib/connections/store";
import { webshipperSignature } from "@/lib/connectors/webshipper";
import { webshipperHarness, type WebshipperHarness } from "@/lib/connectors/webshipper/testing";
import { drainOutbox, linkState, pipelineWorld, type OngoingWorld } from "@/lib/pipeline/testing";
import { intakeLink } from "@/lib/pipeline/intake";
import { ensureEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_RECEIVED } from "@/lib/webhooks/events";
import { MAX_WEBHOOK_BODY_BYTES } from "@/lib/webhooks/read-body";
import { POST } from "./route";

/** The route handler as Next calls it, with a real Request. */
function post(token: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://localhost:3000/api/webhooks/${token}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  return POST(request, { params: Promise.resolve({ token }) });
}

function signed(token: string, secret: string, body: string, topic = "order/updated"): Promise<Response> {
  return post(token, body, { "x-webshipper-topic": topic, "x-webshipper-hmac-sha256": webshipperSignature(body, secret) });
}

async function deliveriesOf(tenantId: string, connectionId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.connectionId, connectionId)));
}

async function webhookEvents(tenantId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(outbox).where(eq(outbox.name, WEBHOOK_RECEIVED)));
}

let world: OngoingWorld;
let ws: WebshipperHarness;
let wsConnectionId: string;
let wsToken: string;
let wsSecret: string;
let other: OngoingWorld;

beforeAll(async () => {
  world = await pipelineWorld("ongoing");
  other = await pipelineWorld("ongoing");
  ws = await webshipperHarness();
  const connection = await createConnection(world.tenantId, { connectorId: "webshipper", label: "Webshipper", credentials: { ...ws.credentials } });
  wsConnectionId = connection.id;
  const endpoint = await withTenant(world.tenantId, (tx) => ensureEndpoint(tx, world.tenantId, wsConnectionId));
  wsToken = endpoint.token;
  wsSecret = endpoint.secret;
});

afterAll(async () => {
  await world?.close();
  await other?.close();
  await ws?.close();
});

describe("POST /api/webhooks/[token], Webshipper (HMAC of the raw body)", () => {
  const body = (id: number) => JSON.stringify({ data: { id, type: "orders", attributes: { ext_ref: `X-${id}`, status: "pending" } } });

  it("stores a valid delivery with its outbox event and answers 200 at once", async () => {
    const response = await signed(wsToken, wsSecret, body(1));
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };
    const [row] = (await deliveriesOf(world.tenantId, wsConnectionId)).filter((d) => d.id === id);
    expect(row).toMatchObject({ status: "received", topic: "order/updated", body: body(1) });
    // No credential is kept with it.
    expect(Object.keys(row!.headers)).not.toContain("x-webshipper-hmac-sha256");
    expect((await webhookEvents(world.tenantId)).filter((e) => (e.data as { deliveryId: string }).deliveryId === id)).toHaveLength(1);
  });

  it("refuses a bad signature with 401 and stores nothing", async () => {
    const before = (await deliveriesOf(world.tenantId, wsConnectionId)).length;
    const tampered = await post(wsToken, body(2), { "x-webshipper-topic": "order/updated", "x-webshipper-hmac-sha256": webshipperSignature(body(3), wsSecret) });
    const wrongKey = await signed(wsToken, "not-our-secret", body(2));
    const missing = await post(wsToken, body(2), { "x-webshipper-topic": "order/updated" });
    expect([tampered.status, wrongKey.status, missing.status]).toEqual([401, 401, 401]);
    expect(await deliveriesOf(world.tenantId, wsConnectionId)).toHaveLength(before);
  });

  it("stores the same delivery sent three times once, with one outbox event", async () => {
    const answers = await Promise.all([1, 2, 3].map(() => signed(wsToken, wsSecret, body(4))));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(answers.map((a) => a.json() as Promise<{ duplicate?: boolean }>));
    expect(bodies.filter((b) => b.duplicate)).toHaveLength(2);
    const rows = (await deliveriesOf(world.tenantId, wsConnectionId)).filter((d) => d.body === body(4));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.repeats).toBe(2);
    expect((await webhookEvents(world.tenantId)).filter((e) => (e.data as { deliveryId: string }).deliveryId === rows[0]!.id)).toHaveLength(1);
  });

  it("answers 400 to a correctly signed body that is not JSON, and stores nothing", async () => {
    const before = (await deliveriesOf(world.tenantId, wsConnectionId)).length;
    const response = await signed(wsToken, wsSecret, '{"data": {"id": 5,');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "malformed_body" });
    expect(await deliveriesOf(world.tenantId, wsConnectionId)).toHaveLength(before);
  });

  it("answers 413 to a body over 1 MiB, declared or streamed, and stores nothing", async () => {
    const before = (await deliveriesOf(world.tenantId, wsConnectionId)).length;
    const huge = JSON.stringify({ data: { id: 6, type: "orders", pad: "x".repeat(MAX_WEBHOOK_BODY_BYTES) } });
    expect((await signed(wsToken, wsSecret, huge)).status).toBe(413);
    // Without a Content-Length: the reader stops at the cap.
    const chunk = new Uint8Array(64 * 1024).fill(120);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 4 * MAX_WEBHOOK_BODY_BYTES) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://localhost:3000/api/webhooks/${wsToken}`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect((await POST(request, { params: Promise.resolve({ token: wsToken }) })).status).toBe(413);
    expect(sent).toBeLessThan(2 * MAX_WEBHOOK_BODY_BYTES);
    expect(await deliveriesOf(world.tenantId, wsConnectionId)).toHaveLength(before);
  });

  it("records an unknown topic as ignored, answers 200 and announces nothing", async () => {
    const response = await signed(wsToken, wsSecret, body(7), "product/created");
    expect(response.status).toBe(200);
    const { id, ignored } = (await response.json()) as { id: string; ignored: boolean };
    expect(ignored).toBe(true);
    const [row] = (await deliveriesOf(world.tenantId, wsConnectionId)).filter((d) => d.id === id);
    expect(row).toMatchObject({ status: "ignored", topic: "product/created" });
    expect((await webhookEvents(world.tenantId)).filter((e) => (e.data as { deliveryId: string }).deliveryId === id)).toHaveLength(0);
  });

  it("answers an unknown token and another tenant's connection with the same 404", async () => {
    const otherEndpoint = await withTenant(other.tenantId, (tx) => ensureEndpoint(tx, other.tenantId, other.warehouseConnectionId));
    const unknown = await signed(randomBytes(32).toString("base64url"), wsSecret, body(8));
    const byConnectionId = await signed(other.warehouseConnectionId, wsSecret, body(8));
    const garbage = await signed("..%2F..%2Fetc", wsSecret, body(8));
    // Tenant A's own connection id is not an endpoint either.
    const ownId = await signed(wsConnectionId, wsSecret, body(8));
    const texts = await Promise.all([unknown, byConnectionId, garbage, ownId].map(async (r) => `${r.status} ${await r.text()}`));
    expect(new Set(texts)).toEqual(new Set(['404 {"error":"not_found"}']));
    // The other tenant's own endpoint still works, with its own secret only.
    expect((await post(otherEndpoint.token, "{}", { "x-auth-token": wsSecret })).status).toBe(401);
    expect(await deliveriesOf(world.tenantId, other.warehouseConnectionId)).toHaveLength(0);
  });
});

describe("POST /api/webhooks/[token], wemalo (our token in the body)", () => {
  it("accepts its token only, and stores the body without it", async () => {
    const conn = await createConnection(world.tenantId, { connectorId: "wemalo", label: "wemalo", credentials: { apiToken: "t", apiUrl: "http://127.0.0.1:9/v1" } });
    const endpoint = await withTenant(world.tenantId, (tx) => ensureEndpoint(tx, world.tenantId, conn.id));
    const body = (token: string) => JSON.stringify({ token, eventData: { externalId: "W-1", orderId: 7, statusName: "SHIPPED" } });
    expect((await post(endpoint.token, body("wrong"))).status).toBe(401);
    expect((await post(endpoint.token, "not json")).status).toBe(401);
    const response = await post(endpoint.token, body(endpoint.secret));
    expect(response.status).toBe(200);
    const [row] = await deliveriesOf(world.tenantId, conn.id);
    expect(row).toMatchObject({ topic: "status_update", status: "received" });
    expect(row!.body).not.toContain(endpoint.secret);
    expect(JSON.parse(row!.body)).toMatchObject({ token: "[redacted]", eventData: { externalId: "W-1" } });
  });
});

describe("an endpoint whose connection is deleted", () => {
  it("answers 404 at once, even while this process still remembers the endpoint", async () => {
    const conn = await createConnection(world.tenantId, { connectorId: "webshipper", label: "Gone", credentials: { ...ws.credentials } });
    const endpoint = await withTenant(world.tenantId, (tx) => ensureEndpoint(tx, world.tenantId, conn.id));
    const body = JSON.stringify({ data: { id: 9, type: "orders", attributes: {} } });
    expect((await signed(endpoint.token, endpoint.secret, body)).status).toBe(200);
    await deleteConnection(world.tenantId, conn.id);
    const again = await signed(endpoint.token, endpoint.secret, `${body} `);
    expect(`${again.status} ${await again.text()}`).toBe('404 {"error":"not_found"}');
  });
});

describe("an Ongoing webhook (shared token) processed by the local worker", () => {
  it("stores a delivery sent three times once, applies its shipment once and marks it processed", async () => {
    const { tenantId, linkId, plenty, ongoing, warehouseConnectionId } = world;
    const [ref] = plenty.control.createOrders(1).map((o) => String(o.id));
    await intakeLink(tenantId, linkId);
    await drainOutbox(tenantId);
    ongoing.control.ship(ref!);
    const endpoint = await withTenant(tenantId, (tx) => ensureEndpoint(tx, tenantId, warehouseConnectionId));
    const payload = JSON.stringify(ongoing.control.webhookPayload(ref!));

    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await post(endpoint.token, payload, { "x-auth-token": endpoint.secret })).status);
    expect(answers).toEqual([200, 200, 200]);
    expect((await post(endpoint.token, payload, { "x-auth-token": "wrong" })).status).toBe(401);
    const rows = await deliveriesOf(tenantId, warehouseConnectionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dedupeKey).toMatch(/^id:/);

    const worker = createLocalWorker({ functions, tenantId });
    await worker.drain();
    expect(worker.deliveries.filter((d) => d.functionId === "webhook-received").map((d) => d.outcome)).toEqual(["ok"]);
    const [processed] = await deliveriesOf(tenantId, warehouseConnectionId);
    expect(processed).toMatchObject({ status: "processed", repeats: 2 });
    expect(processed!.changes).toBeGreaterThan(0);

    const state = await linkState(tenantId, linkId);
    const order = state.orders.find((o) => o.sourceRef === ref)!;
    expect(order.status).toBe("shipped");
    const stored = await withTenant(tenantId, (tx) => tx.select().from(shipments).where(and(eq(shipments.orderId, order.id))));
    expect(stored).toHaveLength(1);
    // Written back to the shop once, by the shipment.created the webhook announced.
    expect(plenty.control.packages(Number(ref))).toHaveLength(1);
  });
});
