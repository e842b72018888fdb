import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { UserError } from "@/lib/errors/user-error";
import { enqueue } from "@/lib/outbox/enqueue";
import { SYNC_EVENTS } from "./events";

/**
 * The "sync now" buttons: each only announces the request (outbox, same transaction as the
 * check that the link is this tenant's), and the product-sync / stock-sync functions do the work.
 */
async function request(name: (typeof SYNC_EVENTS)[keyof typeof SYNC_EVENTS], tenantId: string, linkId: string, options: { userId?: string; full?: boolean }): Promise<void> {
  await withTenant(tenantId, async (tx) => {
    const [link] = await tx.select({ warehouseConnectionId: links.warehouseConnectionId }).from(links).where(eq(links.id, linkId));
    if (!link) throw new UserError("This link does not exist (any more).");
    await enqueue(tx, tenantId, {
      name,
      data: {
        tenantId,
        linkId,
        warehouseConnectionId: link.warehouseConnectionId,
        ...(options.full ? { full: true } : {}),
        ...(options.userId ? { requestedBy: options.userId } : {}),
      },
      key: `${name}:${linkId}:${randomUUID()}`,
    });
  }, options.userId);
}

/** Send the shop's products to the warehouse now (changes since the last sync; `full` sends everything again). */
export function requestProductSync(tenantId: string, linkId: string, userId?: string, options: { full?: boolean } = {}): Promise<void> {
  return request(SYNC_EVENTS.productSyncRequested, tenantId, linkId, { ...options, ...(userId ? { userId } : {}) });
}

/** Write the warehouse's stock to the shop now (changes since the last sync; `full` reads all stock again). */
export function requestStockSync(tenantId: string, linkId: string, userId?: string, options: { full?: boolean } = {}): Promise<void> {
  return request(SYNC_EVENTS.stockSyncRequested, tenantId, linkId, { ...options, ...(userId ? { userId } : {}) });
}
