import { randomUUID } from "node:crypto";
import { withTenant } from "@/db";
import type { OutboxRow } from "@/db/schema";
import { env, isProduction } from "@/lib/env";
import { enqueue } from "@/lib/outbox/enqueue";
import { currentDeliveryMode } from "@/lib/outbox/delivery-mode";
import { claimDueRows, markFailed, markSent } from "@/lib/outbox/relay-store";
import { cancelOrder } from "@/lib/pipeline/cancel";
import { cancelRequestedData } from "@/lib/pipeline/events";
import { intakeLink } from "@/lib/pipeline/intake";
import { sendOrder } from "@/lib/pipeline/send-order";
import { pollWarehouseChanges } from "@/lib/pipeline/status-poll";
import { writeBackShipment } from "@/lib/pipeline/write-back";

export interface MoveResult {
  /** Who moved the orders: Inngest or the local worker (events queued), or this request itself. */
  via: "inngest" | "local_worker" | "inline";
  handled: number;
}

/** Runs one outbox event's pipeline step here; false for events this runner leaves alone. */
async function runStep(tenantId: string, row: OutboxRow): Promise<boolean> {
  const data = row.data as Record<string, string>;
  switch (row.name) {
    case "link.intake.requested":
    case "link.resumed":
      await intakeLink(tenantId, data.linkId!);
      return true;
    case "link.status-poll.requested":
      await pollWarehouseChanges(tenantId, data.linkId!);
      return true;
    case "order.received":
    case "order.resend.requested":
      await sendOrder(tenantId, data.orderId!);
      return true;
    case "shipment.created":
      await writeBackShipment(tenantId, data.shipmentId!);
      return true;
    case "order.cancel_requested": {
      const parsed = cancelRequestedData.parse(row.data);
      await cancelOrder(tenantId, parsed.orderId, parsed.origin);
      return true;
    }
    default:
      return false;
  }
}

/** Delivers this tenant's due outbox events to the pipeline in this process, until none are left. */
async function drainTenantOutbox(tenantId: string): Promise<number> {
  let handled = 0;
  for (let pass = 0; pass < 20; pass++) {
    const rows = await claimDueRows(50, new Date(), undefined, { tenantId });
    const mine = rows.length;
    if (mine === 0) break;
    let progressed = false;
    for (const row of rows) {
      try {
        if (await runStep(tenantId, row)) {
          await markSent([row.id]);
          handled += 1;
          progressed = true;
        }
      } catch (error) {
        await markFailed([row.id], error instanceof Error ? error.message : String(error));
      }
    }
    if (!progressed) break;
  }
  return handled;
}

/**
 * "Move the orders now" for a sandbox link. Where Inngest or the local worker is delivering
 * events, it asks for an intake and a status poll through the outbox and lets them work. Where
 * nothing delivers (a machine without an Inngest server and without `npm run worker:local`),
 * and only outside production with the sandbox on, it runs the same pipeline steps in this
 * request: intake, send, status poll, write-back, as the functions would.
 */
export async function moveSandboxOrders(tenantId: string, linkId: string, options: { deliveryPath?: MoveResult["via"] | "none" } = {}): Promise<MoveResult> {
  const path = options.deliveryPath ?? (await currentDeliveryMode()).path;
  if (path === "inngest" || path === "local_worker") {
    await withTenant(tenantId, async (tx) => {
      const nonce = randomUUID();
      await enqueue(tx, tenantId, { name: "link.intake.requested", data: { tenantId, linkId }, key: `sandbox.move:${linkId}:${nonce}:intake` });
      await enqueue(tx, tenantId, { name: "link.status-poll.requested", data: { tenantId, linkId }, key: `sandbox.move:${linkId}:${nonce}:poll` });
    });
    return { via: path, handled: 0 };
  }
  if (!env().SANDBOX_ENABLED || isProduction()) throw new Error("inline pipeline runs are for the sandbox outside production only");
  let handled = await drainTenantOutbox(tenantId);
  await intakeLink(tenantId, linkId);
  handled += await drainTenantOutbox(tenantId);
  await pollWarehouseChanges(tenantId, linkId);
  handled += await drainTenantOutbox(tenantId);
  return { via: "inline", handled };
}
