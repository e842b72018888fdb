import { refreshOpenOrders } from "@/lib/pipeline/refresh-status";
import { pollWarehouseChanges } from "@/lib/pipeline/status-poll";
import { inngest, linkResumed, linkStatusPollRequested } from "../client";
import { cancelWhenLinkPaused, onePerLink } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * Per link: warehouse changes since the cursor become status changes and shipments, each new
 * shipment announced (shipment.created); warehouses without a full change feed are asked about
 * their open orders.
 */
export const statusPollLink = inngest.createFunction(
  {
    id: "status-poll-link",
    name: "Status poll: one link",
    triggers: [linkStatusPollRequested, linkResumed],
    concurrency: onePerLink,
    cancelOn: cancelWhenLinkPaused,
    retries: 4,
  },
  async ({ event, step }) => {
    const { tenantId, linkId } = event.data;
    const changes = await step.run("read-warehouse-changes", () => retriableOnly(() => pollWarehouseChanges(tenantId, linkId)));
    const asked = await step.run("ask-about-open-orders", () => retriableOnly(() => refreshOpenOrders(tenantId, linkId)));
    return {
      outcome: changes.outcome,
      statusChanges: changes.statusChanges + asked.statusChanges,
      newShipments: changes.newShipments.length + asked.newShipments.length,
      exceptions: changes.exceptions + asked.exceptions,
    };
  },
);
