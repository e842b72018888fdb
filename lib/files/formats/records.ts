import { parseDelimited } from "./csv";
import { parserMessage, UnreadableFileError } from "./errors";
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

/** Deeper than any record a warehouse writes; a deeper one is refused by its line, not by a stack overflow. */
export const MAX_RECORD_DEPTH = 32;

/** Nested objects become dotted keys; arrays are indexed ("lines.0.sku"); scalars become strings. */
export function flatten(value: unknown, prefix = "", into: Record<string, string> = {}, depth = 0): Record<string, string> {
  if (value === null || value === undefined) return into;
  if (typeof value !== "object") {
    into[prefix] = String(value);
    return into;
  }
  if (depth >= MAX_RECORD_DEPTH) throw new UnreadableFileError(`nested deeper than ${MAX_RECORD_DEPTH} levels`);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, inner] of entries) flatten(inner, prefix ? `${prefix}.${key}` : key, into, depth + 1);
  return into;
}

/** Records of a JSON array or an XML list, each by its position; one that cannot be flattened is a problem of its own. */
function recordsOf(list: unknown[]): { rows: RecordRow[]; problems: RecordProblem[] } {
  const rows: RecordRow[] = [];
  const problems: RecordProblem[] = [];
  list.forEach((item, i) => {
    try {
      rows.push({ line: i + 1, values: flatten(item) });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.push({ line: i + 1, message: error.message });
    }
  });
  return { rows, problems };
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UnreadableFileError(`not valid JSON: ${parserMessage(error)}`, { cause: error });
  }
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
  if (trimmed.startsWith("[") || (trimmed.startsWith("{") && recordPath)) return recordsOf(asList(atPath(parseJsonText(trimmed), recordPath)));
  // JSON Lines: one object per line, so a bad line is reported by its number.
  const rows: RecordRow[] = [];
  const problems: RecordProblem[] = [];
  trimmed.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      rows.push({ line: i + 1, values: flatten(parseJsonText(raw)) });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.push({ line: i + 1, message: error.message });
    }
  });
  return { rows, problems };
}

/**
 * Reads the records of one file. A problem with one record is returned beside the others; a
 * file that cannot be read at all (broken JSON array, broken or unsafe XML) throws
 * UnreadableFileError (UnsafeXmlError is one).
 */
export function parseRecords(text: string, options: RecordFileOptions): { rows: RecordRow[]; problems: RecordProblem[] } {
  switch (options.format) {
    case "csv":
    case "txt":
      return parseDelimited(text, options.delimiter ?? defaultDelimiter(options.format));
    case "json":
      return parseJson(text, options.recordPath);
    case "xml":
      return recordsOf(asList(atPath(parseXmlSafely(text), options.recordPath)));
  }
}
