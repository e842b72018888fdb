import { defineConnector } from "@/lib/connectors/types";
import { cancelOrderFile } from "./cancel-order";
import { FILE_WAREHOUSE } from "./context";
import { listChanges } from "./list-changes";
import { orderFileExtension } from "./order-fields";
import { fileServerCredentialsSchema, fileServerUrl, type FileServerCredentials } from "./server-credentials";
import { withFiles } from "./session";
import { fileWarehouseSettingsSchema, type FileWarehouseSettings } from "./settings";
import { submitOrder } from "./submit-order";
import { testFileServer } from "./test-connection";

/** Any 3PL that exchanges files over FTP/FTPS/SFTP: orders out, status and tracking files in. */
export const fileWarehouseConnector = defineConnector<FileServerCredentials, FileWarehouseSettings>({
  id: FILE_WAREHOUSE,
  label: "3PL by file (FTP/SFTP)",
  side: "warehouse",
  credentialSchema: fileServerCredentialsSchema,
  settingsSchema: fileWarehouseSettingsSchema,
  baseUrl: fileServerUrl,
  testConnection: (ctx) => testFileServer(ctx, FILE_WAREHOUSE, { write: ctx.settings.ordersFolder, read: ctx.settings.statusFolder }),
  warehouse: {
    submitOrder,
    cancelOrder: (ctx, input) =>
      withFiles(ctx, FILE_WAREHOUSE, "cancel order", (files) =>
        cancelOrderFile(files, { order: input.order, folder: ctx.settings.ordersFolder, extension: orderFileExtension(ctx.settings.orderFormat), partner: "the 3PL" }),
      ),
    listChanges,
  },
});

export type { FileServerCredentials } from "./server-credentials";
export type { FileWarehouseSettings } from "./settings";
