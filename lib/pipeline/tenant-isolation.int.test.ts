import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withSystem, withTenant } from "@/db";
import { exceptions, links, orderEvents, orderReturns, orders, outbox, shipments, syncCursors } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { intakeLink } from "./intake";
import { listActiveLinks, setLinkStatus } from "./links";
import { recordFailure } from "./record-failure";
import { pollSourceReturns } from "./returns";
import { sendOrder } from "./send-order";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, pipelineWorld, type WemaloWorld } from "./testing";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const tenantTables = { links, orders, orderEvents, shipments, orderReturns, exceptions, syncCursors, outbox };

describe("tenant isolation of the pipeline tables", () => {
  it("another tenant sees none of a tenant's links, orders, timeline, shipments, exceptions, cursors or events, and cannot act on them", async () => {
    world = await pipelineWorld("wemalo");
    const a = world;
    const [created] = a.plenty.control.createOrders(1);
    await intakeLink(a.tenantId, a.linkId);
    await drainOutbox(a.tenantId);
    a.wemalo.control.ship(String(created!.id));
    await pollWarehouseChanges(a.tenantId, a.linkId);
    a.plenty.control.returnOrder(created!.id);
    await pollSourceReturns(a.tenantId, a.linkId);
    const [order] = await withTenant(a.tenantId, (tx) => tx.select().from(orders));
    await recordFailure(a.tenantId, order!.id, new Error("boom"));

    const b = await signUpOwner("Other GmbH");
    for (const [name, table] of Object.entries(tenantTables)) {
      const own = await withTenant(a.tenantId, (tx) => tx.select().from(table));
      const seenByB = await withTenant(b.tenantId, (tx) => tx.select().from(table));
      expect(own.length, `${name} has rows for tenant A`).toBeGreaterThan(0);
      expect(seenByB, `${name} seen by tenant B`).toHaveLength(0);
    }
    // Writes aimed at A's rows change nothing; A's ids do not resolve for B.
    const updated = await withTenant(b.tenantId, (tx) => tx.update(orders).set({ status: "cancelled" }).where(eq(orders.id, order!.id)).returning());
    expect(updated).toHaveLength(0);
    await expect(sendOrder(b.tenantId, order!.id)).rejects.toThrow(/not found/);
    await expect(withTenant(b.tenantId, (tx) => tx.insert(orders).values({ ...order!, id: crypto.randomUUID(), sourceRef: "stolen" }))).rejects.toThrow();
  });

  it("the system context lists active links and the outbox across tenants, but no orders", async () => {
    world = await pipelineWorld("wemalo");
    const a = world;
    a.plenty.control.createOrders(1);
    await intakeLink(a.tenantId, a.linkId);
    expect((await listActiveLinks()).map((l) => l.linkId)).toContain(a.linkId);
    await setLinkStatus(a.tenantId, a.linkId, "paused");
    expect((await listActiveLinks()).map((l) => l.linkId)).not.toContain(a.linkId);

    const systemView = await withSystem(async (tx) => ({
      outbox: await tx.select().from(outbox).where(eq(outbox.tenantId, a.tenantId)),
      orders: await tx.select().from(orders).where(eq(orders.tenantId, a.tenantId)),
    }));
    expect(systemView.outbox).toHaveLength(1);
    expect(systemView.orders).toHaveLength(0);
    // A paused link takes nothing in.
    a.plenty.control.createOrders(1);
    expect(await intakeLink(a.tenantId, a.linkId)).toMatchObject({ outcome: "paused", received: [] });
  });
});
