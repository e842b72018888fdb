import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { parserMessage, UnreadableFileError } from "./errors";

/** An XML file we refuse to parse: a DOCTYPE could declare entities, and an external one would read files or URLs. */
export class UnsafeXmlError extends UnreadableFileError {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeXmlError";
  }
}

const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

/**
 * Refuses any DOCTYPE or ENTITY declaration before the parser sees the text, so nothing is ever
 * resolved. Text that is not plain UTF-8 (UTF-16 carries NUL bytes) is refused too: a scan of
 * mis-decoded text could miss a declaration.
 */
export function assertSafeXml(text: string): void {
  if (text.includes("\u0000")) throw new UnsafeXmlError("XML refused: not UTF-8 text");
  const match = DECLARATION.exec(text);
  if (match) throw new UnsafeXmlError(`XML refused: it declares a ${match[1]!.toUpperCase()} (external entities and DOCTYPEs are not processed)`);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Only the five predefined entities and character references remain possible after assertSafeXml.
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

/**
 * Parses XML after assertSafeXml; values stay strings (an order number "007" keeps its zeros).
 * Broken XML throws UnreadableFileError with the parser's line and column.
 */
export function parseXmlSafely(text: string): Record<string, unknown> {
  assertSafeXml(text);
  try {
    return parser.parse(text, true) as Record<string, unknown>;
  } catch (error) {
    throw new UnreadableFileError(`not valid XML: ${parserMessage(error)}`, { cause: error });
  }
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

/** Serialises a plain object as an XML document with a UTF-8 declaration; text is escaped by the builder. */
export function buildXml(document: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(document) as string}`;
}
