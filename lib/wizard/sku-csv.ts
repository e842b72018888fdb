import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { UserError } from "@/lib/errors/user-error";
import { setMapped } from "@/lib/links/mapping-lookup";

export const SKU_CSV_HEADER = ["shop_sku", "warehouse_sku"] as const;
const MAX_ROWS = 50_000;

/**
 * Reads a SKU mapping: two columns, shop SKU then warehouse SKU, separated by comma or
 * semicolon (Excel in Germany writes semicolons), with or without a header row.
 */
export function parseSkuCsv(text: string): Record<string, string> {
  // UTF-16 text or a spreadsheet file read as text: NUL bytes everywhere, and Postgres could not store them.
  if (text.includes("\u0000")) throw new UserError("The SKU file is not plain text. Save it as CSV (UTF-8) and upload it again.", "skuFile");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new UserError(`The SKU file could not be read: ${(error as Error).message}`, "skuFile");
  }
  if (rows.length > MAX_ROWS) throw new UserError(`The SKU file has more than ${MAX_ROWS} rows.`, "skuFile");
  const map: Record<string, string> = {};
  rows.forEach((row, index) => {
    const [shop = "", warehouse = ""] = row;
    if (index === 0 && /sku/i.test(shop) && /sku/i.test(warehouse)) return;
    if (!shop && !warehouse) return;
    if (!shop || !warehouse) throw new UserError(`Row ${index + 1} of the SKU file needs a shop SKU and a warehouse SKU.`, "skuFile");
    setMapped(map, shop, warehouse);
  });
  return map;
}

export function formatSkuCsv(map: Record<string, string>): string {
  return stringify([[...SKU_CSV_HEADER], ...Object.entries(map)]);
}
