import type { ConnectorContext } from "@/lib/connectors/types";
import type { FileServerCredentials } from "./server-credentials";
import type { FileWarehouseSettings } from "./settings";

export type FileWarehouseContext = ConnectorContext<FileServerCredentials, FileWarehouseSettings>;

export const FILE_WAREHOUSE = "file-warehouse";
