import { and, asc, eq, isNull } from "drizzle-orm";
import type { LinkMappings } from "@/db/schema";
import { useServerDatabase } from "./server-database";

useServerDatabase();

const { withTenant, withoutTenant } = await import("@/db");
const { memberships, outbox, users } = await import("@/db/schema");
const { pipelineWorld, drainOutbox } = await import("@/lib/pipeline/testing");
const { intakeLink } = await import("@/lib/pipeline/intake");
const { pollWarehouseChanges } = await import("@/lib/pipeline/status-poll");
const { retryOrder } = await import("@/lib/pipeline/retry-order");

export type MerchantWorld = Awaited<ReturnType<typeof merchantWorld>>;

/**
 * A merchant whose plentymarkets shop is linked to a wemalo warehouse (both simulators served by
 * this test process), by default with SKUs mapped by table and MUG-WHT left out. Background work is played
 * here (the e2e server has no worker): `runPipeline` does what Inngest would do with the outbox.
 */
export async function merchantWorld(mappings: Partial<LinkMappings> = { skuPolicy: "mapped", skuMap: { "TS-BLK-M": "TS-BLK-M", "CAP-GRN": "CAP-GRN", "SOCK-3P": "SOCK-3P" } }) {
  const world = await pipelineWorld("wemalo", mappings);
  const [owner] = await withTenant(world.tenantId, (tx) =>
    tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.tenantId, world.tenantId)),
  );
  const [user] = await withoutTenant((tx) => tx.select({ email: users.email }).from(users).where(eq(users.id, owner!.userId)));

  /** Plays the engine: merchant retries reopen the order, then every pending event runs. */
  async function runPipeline() {
    for (let round = 0; round < 20; round++) {
      const [retry] = await withTenant(world.tenantId, (tx) =>
        tx.select().from(outbox).where(and(eq(outbox.tenantId, world.tenantId), isNull(outbox.sentAt), eq(outbox.name, "order.retry.requested"))).orderBy(asc(outbox.id)).limit(1),
      );
      if (!retry) break;
      await withTenant(world.tenantId, (tx) => tx.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, retry.id)));
      await retryOrder(world.tenantId, (retry.data as { orderId: string }).orderId);
    }
    return drainOutbox(world.tenantId, { only: ["order.received", "shipment.created", "order.cancel_requested"] });
  }

  return {
    ...world,
    email: user!.email,
    /** Orders placed in the shop; Lagerbro takes them in and sends them on. */
    async placeOrders(lines: { sku: string; quantity: number }[][]) {
      const created = lines.map((orderLines) => world.plenty.control.createOrder({ lines: orderLines }));
      await intakeLink(world.tenantId, world.linkId);
      await runPipeline();
      return created.map((o) => String(o.id));
    },
    /** The warehouse ships an order; Lagerbro hears of it and writes the tracking back. */
    async ship(sourceRef: string) {
      world.wemalo.control.ship(sourceRef);
      await pollWarehouseChanges(world.tenantId, world.linkId);
      await runPipeline();
    },
    runPipeline,
  };
}
