import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { RecordRow, RecordProblem } from "./records";

/**
 * CSV or TXT whose first row names the fields (the integration engine's rule, seed 001).
 * A row that does not fit (wrong number of fields, a broken quote) is reported by its line and
 * the rest still parse.
 */
export function parseDelimited(text: string, delimiter: string): { rows: RecordRow[]; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const parsed = parse(text, {
    delimiter,
    columns: (header: string[]) => header.map((h) => h.trim()),
    bom: true,
    info: true,
    trim: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error) problems.push({ line: (error as unknown as { lines?: number }).lines ?? 0, message: error.message });
      return undefined;
    },
  }) as { record: Record<string, string>; info: { lines: number } }[];
  return { rows: parsed.map(({ record, info }) => ({ line: info.lines, values: record })), problems };
}

export function stringifyDelimited(rows: Record<string, string>[], columns: string[], delimiter: string): string {
  return stringify(rows, { header: true, columns, delimiter, bom: false, record_delimiter: "unix" });
}
