import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { orders, outbox, shipments } from "@/db/schema";
import { PartnerError } from "@/lib/http/errors";
import { isRetriable } from "./errors";
import { intakeLink } from "./intake";
import { sendOrder } from "./send-order";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, orderBySourceRef, pipelineWorld, timelineOf, type OngoingWorld, type WemaloWorld } from "./testing";
import { writeBackShipment } from "./write-back";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function warehouseOrderCount(w: WemaloWorld | OngoingWorld): Promise<number> {
  return w.kind === "wemalo" ? w.wemalo.control.orders().length : w.ongoing.control.orders().length;
}

describe("nothing twice", () => {
  it("two intakes at once store each order once and announce it once", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    w.plenty.control.createOrders(5);
    const [a, b] = await Promise.all([intakeLink(w.tenantId, w.linkId), intakeLink(w.tenantId, w.linkId)]);
    expect(a.received.length + b.received.length).toBe(5);
    expect((await linkState(w.tenantId, w.linkId)).orders).toHaveLength(5);
    const events = await withTenant(w.tenantId, (tx) => tx.select().from(outbox));
    expect(events.filter((e) => e.name === "order.received")).toHaveLength(5);
  });

  it("intake moves its cursor page by page and says when more are waiting", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    w.plenty.control.createOrders(5);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await intakeLink(w.tenantId, w.linkId, { pageSize: 2, maxPages: 1 }));
    expect(runs.map((r) => [r.received.length, r.more])).toEqual([[2, true], [2, true], [1, false]]);
    expect((await intakeLink(w.tenantId, w.linkId)).received).toHaveLength(0);
    expect((await linkState(w.tenantId, w.linkId)).orders).toHaveLength(5);
  });

  it("a duplicate order.received, even at the same moment, makes no second warehouse order", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    await intakeLink(w.tenantId, w.linkId);
    const order = await orderBySourceRef(w.tenantId, w.linkId, String(created!.id));
    const results = await Promise.all([sendOrder(w.tenantId, order.id), sendOrder(w.tenantId, order.id)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(expect.arrayContaining(["sent"]));
    expect(await sendOrder(w.tenantId, order.id)).toMatchObject({ outcome: "already_sent", acknowledged: true });
    expect(w.wemalo.control.orders()).toHaveLength(1);
    expect(w.plenty.control.statusOf(created!.id)).toBe(5.1);
  });

  it.each(["wemalo", "ongoing"] as const)("%s: a crash after the warehouse accepted is retried without a second order", async (kind) => {
    world = kind === "wemalo" ? await pipelineWorld("wemalo") : await pipelineWorld("ongoing");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    await intakeLink(w.tenantId, w.linkId);
    const order = await orderBySourceRef(w.tenantId, w.linkId, String(created!.id));
    const first = await sendOrder(w.tenantId, order.id);
    expect(first).toMatchObject({ outcome: "sent", created: true });
    // The step died after submitOrder returned: none of what followed was committed.
    await withTenant(w.tenantId, (tx) =>
      tx.update(orders).set({ status: "received", warehouseRef: null, sentAt: null, acknowledgedAt: null }).where(eq(orders.id, order.id)),
    );
    const retry = await sendOrder(w.tenantId, order.id);
    expect(retry).toMatchObject({ outcome: "sent", created: false, warehouseRef: first.warehouseRef });
    expect(await warehouseOrderCount(w)).toBe(1);
    const timeline = await timelineOf(w.tenantId, order.id);
    expect(timeline.filter((e) => e.kind === "sent").at(-1)?.message).toMatch(/already had this order/);
  });

  it("a transient failure at the source is retriable, and the retry only repeats what is missing", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    await intakeLink(w.tenantId, w.linkId);
    const order = await orderBySourceRef(w.tenantId, w.linkId, String(created!.id));
    // plentymarkets answers 503 to the status change (the acknowledgement) for now.
    w.intercept.source = (request) =>
      request.method === "PUT" && /\/rest\/orders\/\d+$/.test(new URL(request.url).pathname) ? new Response("busy", { status: 503 }) : undefined;
    const error = await sendOrder(w.tenantId, order.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerError);
    expect(isRetriable(error)).toBe(true);
    expect(w.wemalo.control.orders()).toHaveLength(1);
    expect(w.plenty.control.statusOf(created!.id)).toBe(5);
    expect((await timelineOf(w.tenantId, order.id)).map((e) => e.kind)).toEqual(["received", "sent", "acknowledge_failed"]);

    w.intercept.source = undefined;
    expect(await sendOrder(w.tenantId, order.id)).toMatchObject({ outcome: "already_sent", acknowledged: true });
    expect(w.wemalo.control.orders()).toHaveLength(1);
    expect(w.plenty.control.statusOf(created!.id)).toBe(5.1);
  }, 60_000);

  it("a duplicate shipment.created, or a crash after writing, writes no second package", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const [created] = w.plenty.control.createOrders(1);
    const ref = String(created!.id);
    await intakeLink(w.tenantId, w.linkId);
    await drainOutbox(w.tenantId);
    w.wemalo.control.ship(ref);
    const poll = await pollWarehouseChanges(w.tenantId, w.linkId);
    const shipmentId = poll.newShipments[0]!;
    expect(await writeBackShipment(w.tenantId, shipmentId)).toMatchObject({ outcome: "written", complete: true });
    const packages = w.plenty.control.packages(created!.id).length;
    expect(packages).toBeGreaterThan(0);
    expect(await writeBackShipment(w.tenantId, shipmentId)).toMatchObject({ outcome: "already_written" });

    // The write reached plentymarkets but the mark was never committed.
    await withTenant(w.tenantId, (tx) => tx.update(shipments).set({ writtenBackAt: null }).where(eq(shipments.id, shipmentId)));
    expect(await writeBackShipment(w.tenantId, shipmentId)).toMatchObject({ outcome: "written" });
    expect(w.plenty.control.packages(created!.id)).toHaveLength(packages);
    expect(w.plenty.control.statusOf(created!.id)).toBe(7);
    const timeline = await timelineOf(w.tenantId, (await orderBySourceRef(w.tenantId, w.linkId, ref)).id);
    expect(timeline.filter((e) => e.kind === "shipped")).toHaveLength(1);
  });
});
