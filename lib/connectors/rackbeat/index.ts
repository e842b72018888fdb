import { defineConnector } from "@/lib/connectors/types";
import { rackbeatAuth } from "./api";
import { cancelOrder } from "./cancel-order";
import { acknowledgeCancellation, listCancellations, listReturns } from "./cancellations";
import { rackbeatApiRoot, rackbeatCredentialSchema, rackbeatSettingsSchema, type RackbeatCredentials, type RackbeatSettings } from "./credentials";
import { listChanges } from "./list-changes";
import { listReadyOrders } from "./list-ready-orders";
import { toChange } from "./map-status";
import { findByReference, getOrder } from "./orders-read";
import { getProducts, listProducts, writeStock } from "./products";
import { rackbeatRateLimitPolicy } from "./rate-limit";
import { recordShipment } from "./record-shipment";
import { listShippedAtSource } from "./shipped-at-source";
import { acknowledge, reportProblem } from "./source-status";
import { submitOrder } from "./submit-order";
import { testConnection } from "./test-connection";
import { rackbeatWebhooks } from "./webhooks";
import { writeShipment } from "./write-shipment";

/**
 * Rackbeat REST API (partners/rackbeat.md). Side "both" (seed 002, one direction per link): the
 * source of a Rackbeat → Webshipper link (orders or shipments out, shipments written back), or
 * the receiving side of a Webshipper → Rackbeat link (orders in, missing products and customers
 * created). In the latter, Webshipper's shipments reach Rackbeat through `warehouse.recordShipment`;
 * in the former, an order shipped in Rackbeat first is found by `source.listShippedAtSource`.
 * As a source it also feeds product sync (its catalogue to wemalo / Ongoing) and takes the
 * warehouse's stock at the connection's location (./products.ts).
 */
export const rackbeatConnector = defineConnector<RackbeatCredentials, RackbeatSettings>({
  id: "rackbeat",
  label: "Rackbeat",
  side: "both",
  credentialSchema: rackbeatCredentialSchema,
  settingsSchema: rackbeatSettingsSchema,
  baseUrl: rackbeatApiRoot,
  rateLimitPolicy: rackbeatRateLimitPolicy,
  auth: ({ credentials }) => rackbeatAuth(credentials),
  // Below the 480 calls a minute the community client allows itself [R2].
  callBudget: { maxCalls: 400, windowMs: 60_000 },
  testConnection,
  source: { listReadyOrders, acknowledge, reportProblem, writeShipment, listCancellations, acknowledgeCancellation, listReturns, listShippedAtSource, listProducts, getProducts, writeStock },
  warehouse: {
    submitOrder,
    cancelOrder,
    listChanges,
    recordShipment,
    async getOrderStatus(ctx, input) {
      const order = (input.order.warehouseRef ? await getOrder(ctx, input.order.warehouseRef) : undefined) ?? (await findByReference(ctx, input.order.orderNumber));
      return order ? toChange(order) : null;
    },
  },
  webhooks: rackbeatWebhooks,
});

export type { RackbeatCredentials, RackbeatSettings } from "./credentials";
