import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bonverOrderXml } from "@/lib/connectors/bonver/order-xml";
import { canonicalOrderFixture } from "@/lib/connectors/plentymarkets/fixtures";
import { parseRecords, parseXmlSafely, type RecordFormat } from "@/lib/files";
import type { Order } from "@/lib/orders";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { orderFieldKeys, renderOrderFile } from "./order-fields";
import { fileWarehouseSettingsSchema } from "./settings";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/** Text as a shop sends it: umlauts, markup characters, quotes, separators, line breaks, emoji. */
const shopText = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9ÄÖÜäöüßÆØÅæøå&<>"';,. \-/]{1,30}$/).map((s) => s.trim()).filter((s) => s !== ""),
  fc.constantFrom("Müller & Söhne <GmbH>", 'Say "hi"; bye', "c/o Café Ångström, Lägenhet 1102", "x]]>y", "😀 Kund", "Line\nbreak"),
);

const order: fc.Arbitrary<Order> = fc
  .record({ orderNumber: shopText, name: shopText, street: shopText, city: shopText, notes: fc.option(shopText, { nil: undefined }), skus: fc.uniqueArray(shopText, { minLength: 1, maxLength: 3 }), quantity: fc.integer({ min: 1, max: 10_000 }) })
  .map((r) => ({
    ...structuredClone(canonicalOrderFixture),
    orderNumber: r.orderNumber,
    notes: r.notes,
    deliveryAddress: { ...canonicalOrderFixture.deliveryAddress, firstName: r.name, street: r.street, city: r.city },
    lines: r.skus.map((sku, i) => ({ ...canonicalOrderFixture.lines[0]!, lineRef: String(i + 1), sku, name: `${sku} item`, quantity: r.quantity })),
  }));

/** What the merchant may type as field names (the settings form accepts any name for a known field). */
const fieldNames = fc.array(fc.tuple(fc.constantFrom(...orderFieldKeys), fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/), oddText)), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("; "));

describe("order files written for a file-based warehouse under fuzzing", () => {
  it("each format reads back with the order number, SKUs and quantities as written", (ctx) => {
    fuzz(ctx, "file warehouse: order file", fc.property(order, fc.constantFrom<RecordFormat>("json", "xml", "csv", "txt"), (o, format) => {
      const text = renderOrderFile(o, { format });
      const records = format === "json" || format === "xml" ? undefined : parseRecords(text, { format });
      if (records) {
        expect(records.problems).toEqual([]);
        expect(records.rows.map((r) => [r.values.ordernumber, r.values.sku, r.values.quantity])).toEqual(o.lines.map((l) => [o.orderNumber.trim(), l.sku.trim(), String(l.quantity)]));
        return;
      }
      const doc = (format === "json" ? JSON.parse(text) : parseXmlSafely(text)) as { order: { ordernumber: string; lines: { line: unknown } | unknown[] } };
      expect(String(doc.order.ordernumber)).toBe(format === "xml" ? o.orderNumber.trim() : o.orderNumber);
      const lines = format === "json" ? (doc.order.lines as Array<{ sku: string }>) : [(doc.order.lines as { line: unknown }).line].flat() as Array<{ sku: string }>;
      expect(lines.map((l) => String(l.sku))).toEqual(o.lines.map((l) => (format === "xml" ? l.sku.trim() : l.sku)));
    }), 300);
  });

  it("field names the settings form accepts give an XML file that is well-formed", (ctx) => {
    fuzz(ctx, "file warehouse: order file", fc.property(order, fieldNames, (o, names) => {
      const settings = fileWarehouseSettingsSchema.safeParse({ orderFields: names, orderFormat: "xml" });
      if (!settings.success) return; // refused in the form, never used
      const text = renderOrderFile(o, { format: "xml", fieldNames: settings.data.orderFields });
      const parsed = outcomeOf(() => parseXmlSafely(text));
      expect(parsed.ok, `field names "${names}" made XML that does not parse: ${parsed.ok ? "" : (parsed.error as Error).message}\n${text.slice(0, 300)}`).toBe(true);
    }), 300);
  });

  it("Bonver's order XML is well-formed and carries the order number and every line", (ctx) => {
    fuzz(ctx, "bonver: order XML", fc.property(order, (o) => {
      const doc = parseXmlSafely(bonverOrderXml(o)) as { order: { id: string; products: { product: unknown } } };
      expect(String(doc.order.id)).toBe(o.orderNumber.trim());
      const products = [doc.order.products.product].flat() as Array<{ model: string; quantity: string }>;
      expect(products.map((p) => [String(p.model), String(p.quantity)])).toEqual(o.lines.map((l) => [l.sku.trim(), String(l.quantity)]));
    }), 300);
  });
});

describe("regressions found by fuzzing", () => {
  it("an XML order file refuses field names that are no XML element name, naming the setting", () => {
    const refused = fileWarehouseSettingsSchema.safeParse({ orderFormat: "xml", orderFields: "ordernumber=2026-02-30; sku=Article No" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ["orderFields"], message: expect.stringContaining('"2026-02-30" cannot name an element') });
    expect(fileWarehouseSettingsSchema.safeParse({ orderFormat: "csv", orderFields: "sku=Article No" }).success).toBe(true);
    expect(fileWarehouseSettingsSchema.safeParse({ orderFormat: "xml", orderFields: "ordernumber=OrderNo; sku=article.number" }).success).toBe(true);
  });
});
