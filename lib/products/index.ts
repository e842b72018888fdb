export { listLinkProducts, type LinkProductListRow, type LinkProductsPage } from "./list";
export { parseLinkProductsFilter, PRODUCTS_PAGE_SIZE, type LinkProductsFilter, type LinkProductsPageInput } from "./filters";
export { linkProductsCsv, LINK_PRODUCTS_CSV_HEADER } from "./csv";
export { driftReport, type DriftReport } from "./drift";
export { requestProductSync, requestStockSync } from "./requests";
export { createProductAndRetry, type CreateProductAndRetryResult } from "./create-and-retry";
export { syncSettingsOf, syncSettingsSchema, shopQuantity, type SyncSettings } from "./settings";
export { SYNC_EVENTS } from "./events";
export { syncCapabilities, type SyncCapabilities } from "./capabilities";
