import { defineConnector } from "@/lib/connectors/types";
import { basicAuth } from "./api";
import { cancelOrder } from "./cancel-order";
import { ongoingApiRoot, ongoingCredentialSchema, ongoingSettingsSchema, type OngoingCredentials, type OngoingSettings } from "./credentials";
import { listChanges, toChanges } from "./list-changes";
import { findOrder } from "./orders-read";
import { ongoingRateLimitPolicy } from "./rate-limit";
import { getStockLevels, listStockChanges } from "./stock-levels";
import { submitOrder } from "./submit-order";
import { testConnection } from "./test-connection";
import { upsertProducts } from "./upsert-products";
import { ongoingWebhooks } from "./webhooks";

/** Ongoing WMS, goods-owner REST API v1 (partners/ongoing.md). */
export const ongoingConnector = defineConnector<OngoingCredentials, OngoingSettings>({
  id: "ongoing",
  label: "Ongoing WMS",
  side: "warehouse",
  credentialSchema: ongoingCredentialSchema,
  settingsSchema: ongoingSettingsSchema,
  baseUrl: ongoingApiRoot,
  rateLimitPolicy: ongoingRateLimitPolicy,
  auth: ({ credentials }) => basicAuth(credentials),
  testConnection,
  warehouse: {
    submitOrder,
    cancelOrder,
    listChanges,
    async getOrderStatus(ctx, input) {
      const order = await findOrder(ctx, input.order);
      if (!order) return null;
      return (await toChanges(ctx, [order], ctx.now()))[0] ?? null;
    },
    getStockLevels,
    listStockChanges,
    upsertProducts,
  },
  webhooks: ongoingWebhooks,
});

export type { OngoingCredentials, OngoingSettings } from "./credentials";
