import { defineConnector } from "../types";
import { cancelOrder } from "./cancel-order";
import { wemaloCredentialSchema, wemaloSettingsSchema, type WemaloCredentials, type WemaloSettings } from "./credentials";
import { listChanges } from "./list-changes";
import { getOrderStatus } from "./order-status";
import { getStockLevels, listStockChanges, upsertProducts } from "./products";
import { wemaloPolicy } from "./rate-limit";
import { announceReturn, listReturns } from "./returns";
import { submitOrder } from "./submit-order";
import { testConnection } from "./test-connection";
import { describeWebhook, parseWebhook, registerWebhooks, verifyWebhook, WEMALO_EVENTS } from "./webhooks";

/** wemalo-connect, the REST façade of the wemalo WMS (partners/wemalo.md). */
export const wemaloConnector = defineConnector<WemaloCredentials, WemaloSettings>({
  id: "wemalo",
  label: "wemalo",
  side: "warehouse",
  credentialSchema: wemaloCredentialSchema,
  settingsSchema: wemaloSettingsSchema,
  baseUrl: (credentials) => credentials.apiUrl,
  rateLimitPolicy: wemaloPolicy,
  testConnection,
  warehouse: { submitOrder, cancelOrder, listChanges, getOrderStatus, getStockLevels, upsertProducts, listStockChanges, announceReturn, listReturns },
  webhooks: { events: WEMALO_EVENTS, register: registerWebhooks, describe: describeWebhook, verify: verifyWebhook, parse: parseWebhook },
});
