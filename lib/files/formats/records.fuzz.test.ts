import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { HUGE_STRING, mutatedText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { stringifyDelimited } from "./csv";
import { UnreadableFileError } from "./errors";
import { MAX_RECORD_DEPTH, parseRecords, type RecordFileOptions } from "./records";
import { buildXml, UnsafeXmlError } from "./xml";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const STATUS_CSV = 'ordernumber;status;packagenumber;carrier\nA-1;shipped;P1;DHL\n"A-2";"shipped";"P;2";"Post ""Nord"""\n007;cancelled;;\n';
const STATUS_JSON = '[{"ordernumber":"A-1","status":"shipped","delivery":{"tracking":"P1"}},{"ordernumber":"A-2","status":"cancelled"}]';
const STATUS_JSONL = '{"ordernumber":"A-1","status":"shipped"}\n{"ordernumber":"A-2","status":"cancelled"}\n';
const STATUS_XML = '<?xml version="1.0" encoding="UTF-8"?>\n<statuses><status><ordernumber>A-1</ordernumber><state>shipped</state></status><status><ordernumber>A-2 &amp; 3</ordernumber></status></statuses>';

/** A file either reads (rows and problems, each by a line number) or is refused with a typed, worded error. */
function expectReadOrRefused(text: string, options: RecordFileOptions): void {
  const outcome = outcomeOf(() => parseRecords(text, options));
  if (!outcome.ok) {
    expect(outcome.error).toBeInstanceOf(UnreadableFileError);
    expect((outcome.error as Error).message.length).toBeGreaterThan(5);
    return;
  }
  for (const row of outcome.value.rows) {
    expect(Number.isInteger(row.line) && row.line >= 1).toBe(true);
    for (const value of Object.values(row.values)) expect(typeof value).toBe("string");
  }
  for (const problem of outcome.value.problems) {
    expect(Number.isInteger(problem.line) && problem.line >= 1, `problem without a line: ${JSON.stringify(problem)}`).toBe(true);
    expect(problem.message).toMatch(/\w/);
  }
}

const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 }));

/** Field names and values as people write them: letters, digits, spaces inside, separators, quotes, line breaks, umlauts. */
const header = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const cell = fc.oneof(fc.stringMatching(/^[A-Za-z0-9ÄÖÜäöüßÆØÅ;,"'\- ]{0,12}$/), fc.constantFrom("007", 'a "quoted" b', "line\nbreak", "x;y", "Müller & Söhne")).map((s) => s.trim());

describe("record files (CSV, TXT, JSON, XML) under fuzzing", () => {
  it("CSV and TXT: any text, and valid files with broken quotes, separators, BOM and NUL, read or name the bad line", (ctx) => {
    fuzz(ctx, "files: CSV/TXT records", fc.property(fc.oneof(anyText, mutatedText(STATUS_CSV, 5)), fc.constantFrom<RecordFileOptions>({ format: "csv" }, { format: "txt" }, { format: "csv", delimiter: "," }), (text, options) => {
      expectReadOrRefused(text, options);
    }), 400);
  });

  it("CSV round-trips what stringifyDelimited wrote, separators, quotes and line breaks included", (ctx) => {
    const table = fc.uniqueArray(header, { minLength: 1, maxLength: 5 }).chain((columns) =>
      fc.tuple(fc.constant(columns), fc.array(fc.tuple(...columns.map(() => cell)), { minLength: 1, maxLength: 8 })),
    );
    fuzz(ctx, "files: CSV/TXT records", fc.property(table, fc.constantFrom(";", ",", "\t"), ([columns, cells], delimiter) => {
      // A row of only empty cells is an empty line to the reader (skip_empty_lines) when there is one column.
      const rows = cells.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!]))).filter((r) => columns.length > 1 || r[columns[0]!] !== "");
      const text = stringifyDelimited(rows, columns, delimiter);
      const parsed = parseRecords(text, { format: "csv", delimiter });
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows.map((r) => r.values)).toEqual(rows);
    }), 300);
  });

  it("JSON arrays and JSON Lines: any text and mutated files read, or are refused as not valid JSON", (ctx) => {
    fuzz(ctx, "files: JSON records", fc.property(fc.oneof(anyText, mutatedText(STATUS_JSON, 4), mutatedText(STATUS_JSONL, 4)), fc.constantFrom<RecordFileOptions>({ format: "json" }, { format: "json", recordPath: "data.items" }), (text, options) => {
      expectReadOrRefused(text, options);
    }), 400);
  });

  it("JSON nested deeper than any record is reported by its line, not a stack overflow", (ctx) => {
    fuzz(ctx, "files: JSON records", fc.property(fc.integer({ min: MAX_RECORD_DEPTH + 1, max: 50_000 }), fc.constantFrom("array", "object") as fc.Arbitrary<"array" | "object">, fc.boolean(), (depth, kind, asLines) => {
      const record = kind === "array" ? `${"[".repeat(depth)}1${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
      const text = asLines ? `{"ok":1}\n${record}\n` : `[{"ok":1},${record}]`;
      const { rows, problems } = parseRecords(text, { format: "json" });
      expect(rows).toEqual([{ line: 1, values: { ok: "1" } }]);
      expect(problems).toEqual([{ line: 2, message: `nested deeper than ${MAX_RECORD_DEPTH} levels` }]);
    }), 40);
  });

  it("JSON round-trips an array of records", (ctx) => {
    const record = fc.dictionary(header, fc.oneof(cell, fc.integer().map(String)), { maxKeys: 5 });
    fuzz(ctx, "files: JSON records", fc.property(fc.array(record, { maxLength: 8 }), (records) => {
      const parsed = parseRecords(`\uFEFF${JSON.stringify(records)}`, { format: "json" });
      expect(parsed.rows.map((r) => r.values)).toEqual(records);
      expect(parsed.rows.map((r) => r.line)).toEqual(records.map((_, i) => i + 1));
    }), 200);
  });

  it("XML: any text and mutated files read, or are refused with a typed error", (ctx) => {
    fuzz(ctx, "files: XML records", fc.property(fc.oneof(anyText, mutatedText(STATUS_XML, 5)), (text) => {
      expectReadOrRefused(text, { format: "xml", recordPath: "statuses.status" });
    }), 400);
  });

  it("XML with a DOCTYPE or ENTITY anywhere is refused before parsing, however it is written", (ctx) => {
    const declaration = fc.tuple(fc.constantFrom("DOCTYPE", "doctype", "ENTITY", "DocType", "entity"), fc.constantFrom("", " ", "\n", "\t")).map(([word, gap]) => `<!${gap}${word} x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`);
    fuzz(ctx, "files: XML records", fc.property(declaration, fc.nat(), (decl, at) => {
      const cut = at % (STATUS_XML.length + 1);
      const outcome = outcomeOf(() => parseRecords(STATUS_XML.slice(0, cut) + decl + STATUS_XML.slice(cut), { format: "xml", recordPath: "statuses.status" }));
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? null : outcome.error).toBeInstanceOf(UnsafeXmlError);
    }), 200);
  });

  it("XML round-trips what buildXml wrote, markup characters and umlauts included", (ctx) => {
    const value = fc.stringMatching(/^[A-Za-z0-9ÄÖÜäöüßÆØÅ&<>"' ;]{1,12}$/).map((s) => s.trim()).filter((s) => s !== "");
    const record = fc.record({ ordernumber: value, state: value, carrier: value });
    fuzz(ctx, "files: XML records", fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
      const parsed = parseRecords(buildXml({ statuses: { status: records } }), { format: "xml", recordPath: "statuses.status" });
      expect(parsed.rows.map((r) => r.values)).toEqual(records);
    }), 200);
  });

  it("a huge field is read as it is", () => {
    const { rows } = parseRecords(`a;b\n${HUGE_STRING};1\n`, { format: "csv" });
    expect(rows[0]!.values.a).toHaveLength(HUGE_STRING.length);
  });
});
