import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { UserError } from "@/lib/errors/user-error";
import { HUGE_STRING, mutatedText, oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { parseMappingsForm, parseSettingsForm, type MappingsForm } from "./mappings-input";
import { STATUS_MAPPING_KEYS } from "./prefill";
import { SCHEDULE_CHOICES } from "./schedule";
import { formatSkuCsv, parseSkuCsv } from "./sku-csv";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/** A refused form names the input it is about, in words for a person. */
function expectUserErrorOn(error: unknown, fields: readonly string[]): void {
  expect(error, String(error)).toBeInstanceOf(UserError);
  const e = error as UserError;
  expect(fields).toContain(e.field);
  expect(e.message).toMatch(/[A-Za-z]{3}/);
}

const SKU_FILE = "shop_sku;warehouse_sku\nTS-BLK-M;W-100\n\"CAP;GRN\";W-200\nMUG-WHT;\"W \"\"300\"\"\"\n";
const sku = fc.stringMatching(/^[A-Za-z0-9ÄÖÜÆØÅ._\- ]{1,16}$/).map((s) => s.trim()).filter((s) => s !== "" && !/sku/i.test(s));

describe("wizard forms under fuzzing", () => {
  it("SKU files: any text and broken CSV give a map or a UserError on the SKU file input", (ctx) => {
    fuzz(ctx, "wizard: SKU CSV upload", fc.property(fc.oneof(oddText, mutatedText(SKU_FILE, 5), fc.string({ maxLength: 400 })), (text) => {
      const outcome = outcomeOf(() => parseSkuCsv(text));
      if (!outcome.ok) return expectUserErrorOn(outcome.error, ["skuFile"]);
      for (const [shop, warehouse] of Object.entries(outcome.value)) {
        expect(shop).not.toBe("");
        expect(warehouse).not.toBe("");
      }
    }), 300);
  });

  it("SKU files round-trip: what the download wrote is read back as the same map", (ctx) => {
    fuzz(ctx, "wizard: SKU CSV upload", fc.property(fc.dictionary(sku, sku, { maxKeys: 20 }), fc.boolean(), (map, bom) => {
      const text = formatSkuCsv(map);
      expect(parseSkuCsv(bom ? `\uFEFF${text}` : text)).toEqual(map);
    }), 300);
  });

  it("mappings step: any submitted values give mappings or a UserError naming the field", (ctx) => {
    const keys = [...STATUS_MAPPING_KEYS, "cancelStatuses", "skuPolicy", "skuMap", "ship:6", "ship:7", "ship:"];
    const form = fc.record({
      values: fc.dictionary(fc.constantFrom(...keys), fc.oneof(oddText, fc.constantFrom("5", "5.1", "8, 8.1", "same", "mapped", "A;B\nC;D", "A, B")), { maxKeys: keys.length }),
      skuFile: fc.option(fc.oneof(oddText, mutatedText(SKU_FILE, 3)), { nil: undefined }),
    });
    fuzz(ctx, "wizard: mappings step", fc.property(form, ({ values, skuFile }) => {
      const input: MappingsForm = { get: (k) => values[k] ?? null, keys: () => Object.keys(values), skuFile };
      const outcome = outcomeOf(() => parseMappingsForm(input));
      if (!outcome.ok) return expectUserErrorOn(outcome.error, [...STATUS_MAPPING_KEYS, "cancelStatuses", "skuPolicy", "skuMap", "skuFile"]);
      expect(["same", "mapped"]).toContain(outcome.value.skuPolicy);
      for (const key of STATUS_MAPPING_KEYS) if (outcome.value[key] !== undefined) expect(String(outcome.value[key])).toMatch(/^\d+(\.\d+)?$/);
    }), 500);
  });

  it("sync settings step: any submitted values give settings or a UserError naming the field", (ctx) => {
    const field = fc.oneof(oddText, fc.constantFrom(...SCHEDULE_CHOICES.map(String), "shop", "3pl", "Shop → wemalo", " 15 ", "1e1", "0x5"));
    fuzz(ctx, "wizard: sync settings step", fc.property(fc.dictionary(fc.constantFrom("name", "scheduleMinutes", "customerEmailBy"), field), (values) => {
      const outcome = outcomeOf(() => parseSettingsForm((k) => values[k] ?? null));
      if (!outcome.ok) return expectUserErrorOn(outcome.error, ["name", "scheduleMinutes", "customerEmailBy"]);
      expect(outcome.value.name.length).toBeGreaterThan(0);
      expect(outcome.value.name.length).toBeLessThanOrEqual(80);
      expect(SCHEDULE_CHOICES as readonly number[]).toContain(outcome.value.settings.scheduleMinutes);
      expect(["shop", "3pl"]).toContain(outcome.value.settings.customerEmailBy);
    }), 500);
  });

  it("regression: a SKU file with NUL bytes (UTF-16 or a spreadsheet) is refused on the file input, not stored", () => {
    const utf16 = Buffer.from("shop_sku,warehouse_sku\nA-1,W-1\n", "utf16le").toString("utf8");
    expect(outcomeOf(() => parseSkuCsv(utf16))).toMatchObject({ ok: false, error: { field: "skuFile", message: expect.stringContaining("not plain text") } });
  });

  it("a huge link name is refused on the name field", () => {
    expect(outcomeOf(() => parseSettingsForm((k) => ({ name: HUGE_STRING, scheduleMinutes: "15", customerEmailBy: "shop" })[k] ?? null))).toMatchObject({ ok: false, error: { field: "name" } });
  });
});
