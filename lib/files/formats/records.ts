import { parseDelimited } from "./csv";
import { parseXmlSafely } from "./xml";

export const recordFormats = ["csv", "txt", "json", "xml"] as const;
export type RecordFormat = (typeof recordFormats)[number];

/** One record of a file, values flattened to strings ("delivery.tracking" for nested fields). */
export interface RecordRow {
  /**
   * Where it stands in the file: the physical line for CSV/TXT (the header is line 1) and for
   * JSON Lines; the record's position (1-based) in a JSON array or an XML list.
   */
  line: number;
  values: Record<string, string>;
}

export interface RecordProblem {
  line: number;
  message: string;
}

export interface RecordFileOptions {
  format: RecordFormat;
  /** CSV/TXT field separator; default ";" for csv and tab for txt. */
  delimiter?: string;
  /** XML: dotted path to the repeated element ("statuses.status"); JSON: to the array, when not at the top. */
  recordPath?: string;
}

export function defaultDelimiter(format: RecordFormat): string {
  return format === "txt" ? "\t" : ";";
}

/** Nested objects become dotted keys; arrays are indexed ("lines.0.sku"); scalars become strings. */
export function flatten(value: unknown, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) return into;
  if (typeof value !== "object") {
    into[prefix] = String(value);
    return into;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

function atPath(root: unknown, path: string | undefined): unknown {
  if (!path) return root;
  let current = root;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

function parseJson(text: string, recordPath: string | undefined): { rows: RecordRow[]; problems: RecordProblem[] } {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && recordPath)) {
    const list = asList(atPath(JSON.parse(trimmed), recordPath));
    return { rows: list.map((item, i) => ({ line: i + 1, values: flatten(item) })), problems: [] };
  }
  // JSON Lines: one object per line, so a bad line is reported by its number.
  const rows: RecordRow[] = [];
  const problems: RecordProblem[] = [];
  trimmed.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      rows.push({ line: i + 1, values: flatten(JSON.parse(raw)) });
    } catch (error) {
      problems.push({ line: i + 1, message: `not valid JSON: ${(error as Error).message}` });
    }
  });
  return { rows, problems };
}

/**
 * Reads the records of one file. A problem with one record is returned beside the others; a
 * file that cannot be read at all (broken JSON array, unsafe XML) throws.
 */
export function parseRecords(text: string, options: RecordFileOptions): { rows: RecordRow[]; problems: RecordProblem[] } {
  switch (options.format) {
    case "csv":
    case "txt":
      return parseDelimited(text, options.delimiter ?? defaultDelimiter(options.format));
    case "json":
      return parseJson(text, options.recordPath);
    case "xml": {
      const list = asList(atPath(parseXmlSafely(text), options.recordPath));
      return { rows: list.map((item, i) => ({ line: i + 1, values: flatten(item) })), problems: [] };
    }
  }
}
