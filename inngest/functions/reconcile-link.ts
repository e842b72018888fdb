import { reconcileLink } from "@/lib/pipeline/reconcile";
import { inngest, linkReconcileRequested } from "../client";
import { cancelWhenLinkPaused, onePerLink } from "../policies";
import { retriableOnly } from "../retriable";

/**
 * Per link: recent orders compared on both sides; drift (ready but not at the warehouse, shipped
 * but not written back, cancelled on one side only) becomes one open exception per order.
 */
export const reconcileLinkFn = inngest.createFunction(
  { id: "reconcile-link", name: "Reconciliation: one link", triggers: [linkReconcileRequested], concurrency: onePerLink, cancelOn: cancelWhenLinkPaused, retries: 2 },
  async ({ event, step }) => {
    const { tenantId, linkId } = event.data;
    const { drift } = await step.run("compare-both-sides", () => retriableOnly(() => reconcileLink(tenantId, linkId)));
    return { drift: drift.length, kinds: [...new Set(drift.map((d) => d.kind))] };
  },
);
