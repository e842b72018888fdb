import { startProductSync, syncProductsPage } from "@/lib/products/sync";
import { inngest, productSyncRequested } from "../client";
import { cancelWhenLinkPaused, onePerWarehouseAndLink } from "../policies";
import { retriableOnly } from "../retriable";

/** Pages per run at most; a catalogue beyond it (250 × 400 = 100,000 products) goes on in the next run. */
const MAX_PAGES = 400;

/**
 * Per link: the shop's products, all of them on activation, otherwise those changed since the
 * cursor, sent to the warehouse page by page (one step per page, so a retry repeats one page).
 * One run per warehouse connection at a time: links sharing a warehouse account share its rate limit.
 */
export const productSyncLink = inngest.createFunction(
  {
    id: "product-sync-link",
    name: "Product sync: one link",
    triggers: [productSyncRequested],
    concurrency: [...onePerWarehouseAndLink],
    cancelOn: cancelWhenLinkPaused,
    retries: 3,
  },
  async ({ event, step }) => {
    const { tenantId, linkId, full } = event.data;
    const start = await step.run("start", () => retriableOnly(() => startProductSync(tenantId, linkId, { full: Boolean(full) })));
    if (start.outcome === "skipped") return { outcome: "skipped", reason: start.reason };
    let state = start.state;
    const totals = { read: 0, sent: 0, unchanged: 0, rejected: 0, unmapped: 0, pages: 0 };
    for (let page = 1; page <= MAX_PAGES; page++) {
      const done = await step.run(`page-${page}`, () => retriableOnly(() => syncProductsPage(tenantId, linkId, state)));
      totals.read += done.read;
      totals.sent += done.sent;
      totals.unchanged += done.unchanged;
      totals.rejected += done.rejected;
      totals.unmapped += done.unmapped;
      totals.pages = page;
      if (done.done) break;
      state = done.state;
    }
    return { outcome: "synced", ...totals };
  },
);
