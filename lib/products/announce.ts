import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { links } from "@/db/schema";
import { enqueue } from "@/lib/outbox/enqueue";
import { SYNC_EVENTS } from "./events";

/**
 * A newly active link sends the whole catalogue to the warehouse and takes the warehouse's stock
 * once, through the outbox in the activation's transaction (the link's settings may switch
 * either off; the functions check).
 */
export async function announceInitialSync(tx: Tx, tenantId: string, linkId: string): Promise<void> {
  const [link] = await tx.select({ warehouseConnectionId: links.warehouseConnectionId }).from(links).where(eq(links.id, linkId));
  if (!link) return;
  const data = { tenantId, linkId, warehouseConnectionId: link.warehouseConnectionId, full: true };
  await enqueue(tx, tenantId, { name: SYNC_EVENTS.productSyncRequested, data, key: `link.activated:${linkId}:product-sync` });
  await enqueue(tx, tenantId, { name: SYNC_EVENTS.stockSyncRequested, data, key: `link.activated:${linkId}:stock-sync` });
}
