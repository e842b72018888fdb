/**
 * The order pipeline's business, one function per job. Each takes ids, opens what it needs,
 * records every step on the order's timeline and returns plain data, so an Inngest step.run can
 * call it directly. Transient partner failures are thrown (retry); what a retry cannot fix
 * becomes an exception and a normal return.
 */
export { PIPELINE_EVENTS, orderReceivedData, shipmentCreatedData, cancelRequestedData } from "./events";
export type { PipelineEventName, OrderReceivedData, ShipmentCreatedData, CancelRequestedData } from "./events";
export { isRetriable, errorSummary } from "./errors";
export { createLink, getLink, updateLinkMappings, setLinkStatus, listActiveLinks, type CreateLinkInput, type ActiveLink } from "./links";
export { intakeLink, type IntakeResult } from "./intake";
export { sendOrder, type SendOrderResult } from "./send-order";
export { pollWarehouseChanges, type StatusPollResult } from "./status-poll";
export { applyWarehouseChanges, type ApplyChangesResult } from "./apply-changes";
export { refreshOpenOrders } from "./refresh-status";
export { writeBackShipment, type WriteBackResult } from "./write-back";
export { requestCancellation, pollSourceCancellations, cancelOrder, type CancelOrderResult } from "./cancel";
export { pollSourceReturns, pollWarehouseReturns, type ReturnsPollResult } from "./returns";
export { reconcileLink, type Drift, type DriftKind, type ReconcileOptions } from "./reconcile";
export { recordFailure, recordLinkFailure } from "./record-failure";
export { retryOrder } from "./retry-order";
export { validateOrder, addressProblems } from "./validate-order";
