import { defineConnector } from "@/lib/connectors/types";
import { apiRoot, vendreAuth } from "./api";
import { acknowledgeCancellation, listCancellations } from "./cancellations";
import { vendreCredentialsSchema, vendreSettingsSchema, type VendreCredentials, type VendreSettings } from "./credentials";
import { listReadyOrders } from "./list-ready-orders";
import { getProducts, listProducts, writeStock } from "./products";
import { vendreRateLimitPolicy } from "./rate-limit";
import { acknowledge, reportProblem } from "./set-status";
import { testConnection } from "./test-connection";
import { writeShipment } from "./write-shipment";

/** Vendre (Orisha Commerce) back-office REST API as a source (partners/vendre.md, THIN). */
export const vendreConnector = defineConnector<VendreCredentials, VendreSettings>({
  id: "vendre",
  label: "Vendre",
  side: "source",
  credentialSchema: vendreCredentialsSchema,
  settingsSchema: vendreSettingsSchema,
  baseUrl: apiRoot,
  rateLimitPolicy: vendreRateLimitPolicy,
  auth: ({ credentials }) => vendreAuth(credentials),
  testConnection,
  source: {
    listReadyOrders,
    acknowledge,
    reportProblem,
    writeShipment,
    listCancellations,
    acknowledgeCancellation,
    // Returns are not in any public Vendre source; nothing to list.
    listReturns: async (_ctx, input) => ({ items: [], nextCursor: input.cursor, hasMore: false }),
    listProducts,
    getProducts,
    writeStock,
  },
});

export type { VendreCredentials, VendreSettings } from "./credentials";
