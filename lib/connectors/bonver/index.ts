import { defineConnector, type ConnectorContext } from "@/lib/connectors/types";
import { cancelOrderFile } from "@/lib/connectors/file-warehouse/cancel-order";
import { fileServerUrl } from "@/lib/connectors/file-warehouse/server-credentials";
import { withFiles } from "@/lib/connectors/file-warehouse/session";
import { writeOrderOnce } from "@/lib/connectors/file-warehouse/submit-order";
import { testFileServer } from "@/lib/connectors/file-warehouse/test-connection";
import { orderFileName } from "@/lib/files";
import { bonverOrderXml } from "./order-xml";
import { bonverCredentialsSchema, bonverSettingsSchema, type BonverCredentials, type BonverSettings } from "./settings";

const BONVER = "bonver";
type BonverContext = ConnectorContext<BonverCredentials, BonverSettings>;

/**
 * Bonver (3PL, Lidingö): one XML file per order to Bonver's FTP at order time. Nothing comes
 * back (seed 000: "skickar ordern till Bonver men uppdaterar inte ordern i Vendres system").
 */
export const bonverConnector = defineConnector<BonverCredentials, BonverSettings>({
  id: BONVER,
  label: "Bonver (XML file by FTP)",
  side: "warehouse",
  credentialSchema: bonverCredentialsSchema,
  settingsSchema: bonverSettingsSchema,
  baseUrl: fileServerUrl,
  limitations: [
    {
      code: "no_status_updates",
      message:
        "Bonver sends no status or tracking back: orders are not updated in your shop, so your shop must send the order and shipping e-mails to the customer itself.",
    },
  ],
  testConnection: (ctx: BonverContext) => testFileServer(ctx, BONVER, { write: ctx.settings.ordersFolder }),
  warehouse: {
    submitOrder: (ctx, input) =>
      withFiles(ctx, BONVER, "write order file", (files) =>
        writeOrderOnce(files, ctx.settings.ordersFolder, orderFileName(input.order.orderNumber, "xml"), bonverOrderXml(input.order, { shippingCode: input.shippingCode })),
      ),
    cancelOrder: (ctx, input) =>
      withFiles(ctx, BONVER, "cancel order", (files) => cancelOrderFile(files, { order: input.order, folder: ctx.settings.ordersFolder, extension: "xml", partner: "Bonver" })),
    // Nothing ever comes back from Bonver; an empty page keeps the status poll quiet.
    listChanges: async () => ({ items: [], nextCursor: null, hasMore: false }),
  },
});

export type { BonverCredentials, BonverSettings } from "./settings";
