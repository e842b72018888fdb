import { syncStock } from "@/lib/stock/sync";
import { inngest, stockSyncRequested } from "../client";
import { cancelWhenLinkPaused, onePerWarehouseAndLink } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * Per link: the warehouse's stock changed since the cursor, minus the link's buffer, written to
 * the shop where it differs. One run per warehouse connection at a time, as product sync.
 */
export const stockSyncLink = inngest.createFunction(
  {
    id: "stock-sync-link",
    name: "Stock sync: one link",
    triggers: [stockSyncRequested],
    concurrency: [...onePerWarehouseAndLink],
    cancelOn: cancelWhenLinkPaused,
    retries: 3,
  },
  async ({ event, step }) => {
    const { tenantId, linkId, full } = event.data;
    return step.run("sync-stock", () => retriableOnly(() => syncStock(tenantId, linkId, { full: Boolean(full) })));
  },
);
