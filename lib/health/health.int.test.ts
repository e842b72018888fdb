import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { exceptions, outbox } from "@/db/schema";
import { addLink, seedOrders, tenantWithLink } from "@/lib/orders-query/testing";
import { saveCursor } from "@/lib/pipeline/cursors";
import { raiseException } from "@/lib/pipeline/exceptions";
import { enqueue } from "@/lib/outbox/enqueue";
import { listLinkHealth } from "./link-health";
import { getOutboxBacklog } from "./outbox-backlog";

const now = new Date("2026-11-10T12:00:00.000Z");
const at = (iso: string) => new Date(iso);

let a: { tenantId: string; linkId: string; quietLinkId: string };
let b: { tenantId: string; linkId: string };

beforeAll(async () => {
  const t = await tenantWithLink("Health A", "Main shop");
  const quietLinkId = await addLink(t.tenantId, "Quiet shop");
  a = { ...t, quietLinkId };
  // Sent after 10 s, 20 s, 30 s, 40 s and 100 s; two still waiting; one from yesterday.
  const ids = await seedOrders(a.tenantId, a.linkId, [
    ...[10, 20, 30, 40, 100].map((seconds, i) => ({
      orderNumber: `H-${i}`,
      receivedAt: at(`2026-11-10T0${i}:00:00.000Z`),
      sentAt: new Date(Date.parse(`2026-11-10T0${i}:00:00.000Z`) + seconds * 1000),
      status: "sent" as const,
    })),
    { orderNumber: "H-W1", receivedAt: at("2026-11-10T11:00:00.000Z") },
    { orderNumber: "H-W2", receivedAt: at("2026-11-10T11:30:00.000Z"), status: "exception" },
    { orderNumber: "H-Y", receivedAt: at("2026-11-09T23:00:00.000Z"), status: "received" },
  ]);
  await withTenant(a.tenantId, async (tx) => {
    await saveCursor(tx, a.tenantId, a.linkId, "intake", "c1");
    await raiseException(tx, a.tenantId, { linkId: a.linkId, orderId: ids[6]!, kind: "unknown_sku", message: "No warehouse SKU is mapped for X." });
    await enqueue(tx, a.tenantId, { name: "order.received", data: { orderId: ids[5]! }, key: `health-test:${ids[5]}` });
  });
  const tb = await tenantWithLink("Health B", "Other tenant's shop");
  b = tb;
  await seedOrders(b.tenantId, b.linkId, [{ orderNumber: "B-1", receivedAt: at("2026-11-10T10:00:00.000Z") }]);
});

describe("listLinkHealth", () => {
  it("gives each link its orders today, waiting, open problems, last poll and time to the warehouse", async () => {
    const health = await listLinkHealth(a.tenantId, now);
    expect(health.map((h) => h.name)).toEqual(["Main shop", "Quiet shop"]);
    const main = health[0]!;
    expect(main).toMatchObject({ ordersToday: 7, waiting: 2, openExceptions: 1, status: "active" });
    expect(main.lastPollAt).toBeInstanceOf(Date);
    expect(main.toWarehouse).toEqual({ p50Ms: 30_000, p95Ms: 88_000, orders: 5 });
    expect(health[1]).toMatchObject({ ordersToday: 0, waiting: 0, openExceptions: 0, lastPollAt: null, toWarehouse: null });
  });

  it("shows one tenant nothing of another's links", async () => {
    const health = await listLinkHealth(b.tenantId, now);
    expect(health.map((h) => h.name)).toEqual(["Other tenant's shop"]);
    expect(health[0]).toMatchObject({ ordersToday: 1, waiting: 1, openExceptions: 0 });
  });
});

describe("getOutboxBacklog", () => {
  it("counts the tenant's undelivered events only", async () => {
    const backlogA = await getOutboxBacklog(a.tenantId, now);
    const pendingA = await withTenant(a.tenantId, (tx) => tx.$count(outbox, and(eq(outbox.tenantId, a.tenantId))));
    expect(backlogA.pending).toBe(pendingA);
    expect(backlogA.pending).toBeGreaterThan(0);
    expect(backlogA.delivery.path).toMatch(/inngest|local_worker|none/);
    const openB = await withTenant(b.tenantId, (tx) => tx.$count(exceptions));
    expect(openB).toBe(0);
    const backlogB = await getOutboxBacklog(b.tenantId, now);
    expect(backlogB.pending).toBe(await withTenant(b.tenantId, (tx) => tx.$count(outbox)));
  });
});
