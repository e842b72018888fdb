import { defineConnector } from "@/lib/connectors/types";
import { bearerAuth } from "./api";
import { cancelOrder } from "./cancel-order";
import { acknowledgeCancellation, listCancellations, listReturns } from "./cancellations";
import { webshipperApiRoot, webshipperCredentialSchema, webshipperSettingsSchema, type WebshipperCredentials, type WebshipperSettings } from "./credentials";
import { changesForOrderId, listChanges } from "./list-changes";
import { listReadyOrders } from "./list-ready-orders";
import { markSent } from "./mark-sent";
import { listOrderShipments } from "./order-shipments";
import { findOrder } from "./orders-read";
import { acknowledge, reportProblem } from "./source-status";
import { submitOrder } from "./submit-order";
import { testConnection } from "./test-connection";
import { webshipperWebhooks } from "./webhooks";
import { writeShipment } from "./write-shipment";

/**
 * Webshipper API v2 (partners/webshipper.md). Side "both": the warehouse of a Rackbeat →
 * Webshipper link, or the source of a Webshipper → Rackbeat link (seed 002, one direction per link).
 * As the warehouse, an order shipped in Rackbeat first is marked dispatched here (`markSent`).
 */
export const webshipperConnector = defineConnector<WebshipperCredentials, WebshipperSettings>({
  id: "webshipper",
  label: "Webshipper",
  side: "both",
  credentialSchema: webshipperCredentialSchema,
  settingsSchema: webshipperSettingsSchema,
  baseUrl: webshipperApiRoot,
  auth: ({ credentials }) => bearerAuth(credentials),
  testConnection,
  warehouse: {
    submitOrder,
    cancelOrder,
    listChanges,
    markSent,
    async getOrderStatus(ctx, input) {
      const order = await findOrder(ctx, input.order);
      if (!order) return null;
      return (await changesForOrderId(ctx, order.id)).at(-1) ?? null;
    },
  },
  source: { listReadyOrders, acknowledge, reportProblem, writeShipment, listCancellations, acknowledgeCancellation, listReturns, listOrderShipments },
  webhooks: webshipperWebhooks,
});

export type { WebshipperCredentials, WebshipperSettings } from "./credentials";
export { verifyWebshipperWebhook, webshipperSignature } from "./signature";
export { unregisterWebshipperWebhooks } from "./webhook-registration";
