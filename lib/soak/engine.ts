import { and, eq, isNull, sql } from "drizzle-orm";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { functions } from "@/inngest/index";
import { createLocalWorker, type Delivery } from "@/inngest/local/worker";

export interface SoakEngine {
  /** Delivers the tenant's outbox until nothing is left unsent, retries included. */
  settle(): Promise<void>;
  deliveries: Delivery[];
}

/** How far the engine's clock jumps when only retries are left, so their backoff passes at once. */
const JUMP_MS = 30_000;
const MAX_PASSES = 100_000;

async function unsent(tenantId: string): Promise<number> {
  const [row] = await withTenant(tenantId, (tx) =>
    tx.select({ n: sql<number>`count(*)::int` }).from(outbox).where(and(eq(outbox.tenantId, tenantId), isNull(outbox.sentAt))),
  );
  return row?.n ?? 0;
}

/**
 * The Inngest functions run in-process for one tenant by the local worker (inngest/local), as
 * bench:pipeline runs them: every retry and onFailure as Inngest would. The worker's clock runs
 * ahead whenever only retries wait, so a backoff of minutes costs no wall time.
 */
export function soakEngine(tenantId: string): SoakEngine {
  let aheadMs = 0;
  const worker = createLocalWorker({ functions, tenantId, batchSize: 50, now: () => new Date(Date.now() + aheadMs) });
  return {
    deliveries: worker.deliveries,
    async settle() {
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const { claimed } = await worker.deliverDue();
        if (claimed > 0) continue;
        if ((await unsent(tenantId)) === 0) return;
        aheadMs += JUMP_MS;
      }
      throw new Error(`soak: the outbox of tenant ${tenantId} did not settle in ${MAX_PASSES} passes`);
    },
  };
}
