import { stringify } from "csv-stringify/sync";
import type { LinkProductsFilter } from "./filters";
import { listLinkProducts, type LinkProductListRow } from "./list";
import { PRODUCT_STATE_LABELS } from "./state-labels";

/** In plain words: merchants open this in a spreadsheet, not a program. Times are ISO 8601 in UTC. */
export const LINK_PRODUCTS_CSV_HEADER = [
  "SKU",
  "Name",
  "EAN",
  "At the warehouse",
  "Warehouse's reason",
  "Product synced at (UTC)",
  "Stock at the warehouse",
  "Stock in the shop",
  "Shop should show",
  "Shop differs",
  "Stock synced at (UTC)",
] as const;

/**
 * Text from the shop or the warehouse that a spreadsheet would run as a formula (=, +, -, @) gets
 * a leading apostrophe. Identifiers keep a leading "-" (SKUs like "-42" exist); = + @ never start one.
 */
export function spreadsheetSafe(value: string, kind: "text" | "identifier" = "text"): string {
  return (kind === "text" ? /^[=+\-@\t\r]/ : /^[=+@\t\r]/).test(value) ? `'${value}` : value;
}

function csvRow(row: LinkProductListRow): string[] {
  return [
    spreadsheetSafe(row.sku, "identifier"),
    spreadsheetSafe(row.name),
    spreadsheetSafe(row.ean ?? "", "identifier"),
    PRODUCT_STATE_LABELS[row.warehouseState],
    spreadsheetSafe(row.warehouseError ?? ""),
    row.productSyncedAt?.toISOString() ?? "",
    row.warehouseQty === null ? "" : String(row.warehouseQty),
    row.sourceQty === null ? "" : String(row.sourceQty),
    row.expectedSourceQty === null ? "" : String(row.expectedSourceQty),
    row.drift ? "yes" : "no",
    row.stockSyncedAt?.toISOString() ?? "",
  ];
}

/**
 * The products list with the same filters as CSV lines (header first, each line ends in "\n"),
 * read page by page so a large catalogue never sits in memory at once.
 */
export async function* linkProductsCsv(tenantId: string, linkId: string, filter: LinkProductsFilter = {}): AsyncIterable<string> {
  yield stringify([[...LINK_PRODUCTS_CSV_HEADER]]);
  let cursor: string | undefined;
  for (;;) {
    const page = await listLinkProducts(tenantId, linkId, { ...filter, ...(cursor ? { cursor } : {}), limit: 500 });
    if (page.rows.length > 0) yield stringify(page.rows.map(csvRow));
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
