import { defineConnector } from "../types";
import { plentyAuth } from "./auth";
import { plentyCredentialsSchema, plentySettingsSchema, systemBaseUrl, type PlentyCredentials, type PlentySettings } from "./credentials";
import { acknowledgeCancellation, listCancellations } from "./operations/cancellations";
import { listReadyOrders } from "./operations/list-ready-orders";
import { getProducts, listProducts, writeStock } from "./operations/products";
import { acknowledgeReturn, listReturns } from "./operations/returns";
import { acknowledge, reportProblem } from "./operations/set-status";
import { testConnection } from "./operations/test-connection";
import { writeShipment } from "./operations/write-shipment";
import { plentymarketsRateLimitPolicy } from "./rate-limit";

export const plentymarketsConnector = defineConnector<PlentyCredentials, PlentySettings>({
  id: "plentymarkets",
  label: "plentymarkets / PlentyONE",
  side: "source",
  credentialSchema: plentyCredentialsSchema,
  settingsSchema: plentySettingsSchema,
  baseUrl: (credentials) => systemBaseUrl(credentials.url),
  rateLimitPolicy: plentymarketsRateLimitPolicy,
  auth: ({ credentials, http }) => plentyAuth(credentials, http),
  // Our ceiling: three quarters of the short window observed in one tenant (200 calls / 20 s,
  // fact sheet §6, unconfirmed as general).
  callBudget: { maxCalls: 150, windowMs: 20_000 },
  testConnection,
  source: {
    listReadyOrders,
    acknowledge,
    reportProblem,
    writeShipment,
    listCancellations,
    acknowledgeCancellation,
    listReturns,
    acknowledgeReturn,
    listProducts,
    getProducts,
    writeStock,
  },
});

export type { PlentyCredentials, PlentySettings } from "./credentials";
