import { describe, expect, it } from "vitest";
import { parseRecords } from "./records";
import { assertSafeXml, buildXml, parseXmlSafely, UnsafeXmlError } from "./xml";
import { stringifyDelimited } from "./csv";

describe("record files", () => {
  it("reads CSV whose first row names the fields, and reports a broken row by its line", () => {
    const text = 'ordernumber;status;packagenumber\nA-1;shipped;P1\nA-2;shipped\n"A-3;shipped;P3\n';
    const { rows, problems } = parseRecords(text, { format: "csv" });
    expect(rows).toEqual([{ line: 2, values: { ordernumber: "A-1", status: "shipped", packagenumber: "P1" } }]);
    expect(problems.map((p) => p.line)).toContain(3);
  });

  it("reads tab-separated TXT by default and keeps leading zeros", () => {
    const { rows } = parseRecords("ordernumber\tstatus\n007\tshipped\n", { format: "txt" });
    expect(rows[0]!.values.ordernumber).toBe("007");
  });

  it("reads JSON arrays, and JSON Lines with a bad line reported by number", () => {
    expect(parseRecords('[{"a":1,"b":{"c":"x"}}]', { format: "json" }).rows).toEqual([{ line: 1, values: { a: "1", "b.c": "x" } }]);
    const lines = parseRecords('{"a":1}\n{"a":\n{"a":3}\n', { format: "json" });
    expect(lines.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(lines.problems).toMatchObject([{ line: 2 }]);
  });

  it("reads an XML list at a path, one element or many", () => {
    const one = parseRecords("<r><s><o>1</o></s></r>", { format: "xml", recordPath: "r.s" });
    expect(one.rows).toEqual([{ line: 1, values: { o: "1" } }]);
    const two = parseRecords("<r><s><o>1</o></s><s><o>2 &amp; 3</o></s></r>", { format: "xml", recordPath: "r.s" });
    expect(two.rows.map((r) => r.values.o)).toEqual(["1", "2 & 3"]);
  });

  it("refuses DOCTYPE, ENTITY and UTF-16 text before parsing", () => {
    expect(() => parseXmlSafely('<!DOCTYPE x [<!ENTITY e SYSTEM "http://evil/">]><x>&e;</x>')).toThrow(UnsafeXmlError);
    expect(() => assertSafeXml("<x><!ENTITY e 'y'></x>")).toThrow(/ENTITY/);
    expect(() => assertSafeXml(Buffer.from("<!DOCTYPE x><x/>", "utf16le").toString("utf8"))).toThrow(/UTF-8/);
    expect(() => parseRecords("<!doctype x><x/>", { format: "xml" })).toThrow(UnsafeXmlError);
  });

  it("escapes text when building XML and CSV", () => {
    const xml = buildXml({ order: { name: "Müller & <Söhne>" } });
    expect(xml).toContain("<name>Müller &amp; &lt;Söhne&gt;</name>");
    expect(parseXmlSafely(xml)).toEqual({ "?xml": { "@version": "1.0", "@encoding": "UTF-8" }, order: { name: "Müller & <Söhne>" } });
    expect(stringifyDelimited([{ a: "x;y", b: "1" }], ["a", "b"], ";")).toBe('a;b\n"x;y";1\n');
  });
});
