import { linkPaused } from "./events";

/**
 * Shared run policies. Inngest counts concurrency in steps, not runs: "one per link" means one
 * step of this function at a time for a link, which keeps a link's polls from overlapping and
 * bounds the calls a link makes to one partner at once.
 */
export const onePerLink = { key: "event.data.linkId", limit: 1 } as const;
/** Order work: a few steps of one link at once (partners rate-limit per account), one per order. */
export const perLinkAndOrder = [
  { key: "event.data.linkId", limit: 4 },
  { key: "event.data.orderId", limit: 1 },
] as const;

/**
 * Product and stock sync: one run per warehouse account (links sharing it share its rate limit,
 * which the syncs would otherwise exceed together), and one per link.
 */
export const onePerWarehouseAndLink = [
  { key: "event.data.warehouseConnectionId", limit: 1 },
  { key: "event.data.linkId", limit: 1 },
] as const;

/** Pausing a link stops its running and waiting work; the lib functions skip paused links too. */
export const cancelWhenLinkPaused = [{ event: linkPaused, if: "async.data.linkId == event.data.linkId" }];
