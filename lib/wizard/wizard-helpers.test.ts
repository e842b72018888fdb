import { describe, expect, it } from "vitest";
import { describeCredentials, getConnector, listConnectors } from "@/lib/connectors";
import { credentialInput } from "@/lib/connections/form-input";
import { explainTestFailure } from "@/lib/connections/explain-failure";
import { parseMappingsForm, parseSettingsForm, skuMapToText } from "./mappings-input";
import { matchShippingProfiles } from "./shipping-match";
import { formatSkuCsv, parseSkuCsv } from "./sku-csv";
import { mappedValue } from "@/lib/links/mapping-lookup";
import { canOpen, furthestStep } from "./steps";
import { flowView } from "./flow-view";

const form = (values: Record<string, string>, skuFile?: string) => ({ get: (k: string) => values[k] ?? null, keys: () => Object.keys(values), skuFile });

describe("SKU CSV", () => {
  it("reads comma and semicolon files with or without a header, and writes one back", () => {
    expect(parseSkuCsv("shop_sku,warehouse_sku\nA-1,100\nB-2,200\n")).toEqual({ "A-1": "100", "B-2": "200" });
    expect(parseSkuCsv("\uFEFFA-1;100\r\nB-2;200")).toEqual({ "A-1": "100", "B-2": "200" });
    expect(parseSkuCsv(formatSkuCsv({ "Größe, 43": "x" }))).toEqual({ "Größe, 43": "x" });
    expect(() => parseSkuCsv("A-1,\n")).toThrow(/Row 1/);
  });

  it("keeps a SKU named __proto__ as a row (found by fuzzing: it replaced the map's prototype and vanished)", () => {
    const map = parseSkuCsv("__proto__,WH-1\nconstructor,WH-2");
    expect(Object.keys(map)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    const parsed = parseMappingsForm(form({ skuPolicy: "mapped", "ship:__proto__": "dhl" }, "__proto__,WH-1"));
    expect(Object.keys(parsed.skuMap)).toEqual(["__proto__"]);
    expect(mappedValue(parsed.skuMap, "__proto__")).toBe("WH-1");
    expect(mappedValue(parsed.shippingMethods, "__proto__")).toBe("dhl");
    expect(mappedValue(parsed.skuMap, "toString")).toBeUndefined();
  });
});

describe("mappings form", () => {
  it("reads statuses, shipping selects and the SKU table plus an uploaded file", () => {
    const m = parseMappingsForm(form({ readyStatus: "5", handoverStatus: "5.1", cancelStatuses: "8, 8.1", "ship:6": "dhl_paket", "ship:7": "", skuPolicy: "mapped", skuMap: "A, 1" }, "B;2"));
    expect(m).toMatchObject({ readyStatus: "5", handoverStatus: "5.1", cancelStatuses: ["8", "8.1"], shippingMethods: { "6": "dhl_paket" }, skuPolicy: "mapped", skuMap: { A: "1", B: "2" } });
    expect(skuMapToText(m.skuMap)).toBe("A, 1\nB, 2");
  });

  it("names the field at fault", () => {
    expect(() => parseMappingsForm(form({ readyStatus: "ready", skuPolicy: "same" }))).toThrow(expect.objectContaining({ field: "readyStatus" }));
    expect(() => parseMappingsForm(form({ skuPolicy: "mapped" }))).toThrow(expect.objectContaining({ field: "skuMap" }));
    expect(() => parseSettingsForm((k) => ({ name: "", scheduleMinutes: "5", customerEmailBy: "shop" })[k] ?? null)).toThrow(expect.objectContaining({ field: "name" }));
    expect(parseSettingsForm((k) => ({ name: "Shop", scheduleMinutes: "15", customerEmailBy: "3pl" })[k] ?? null)).toEqual({ name: "Shop", settings: { scheduleMinutes: 15, customerEmailBy: "3pl" } });
  });
});

describe("shipping methods", () => {
  it("pairs each shop method with the warehouse profile sharing most words", () => {
    const shop = [{ id: "6", label: "DHL Paket" }, { id: "7", label: "DPD Classic" }, { id: "20", label: "Abholung" }];
    const warehouse = [
      { id: "dhl_paket", label: "DHL Geschäftsversand – V01PAK", details: { dispatcher: "DHL Geschäftsversand", product: "V01PAK" } },
      { id: "dpd_classic", label: "DPD Cloud – Classic" },
      { id: "dpd_cod", label: "DPD Cloud – Classic_COD" },
    ];
    expect(matchShippingProfiles(shop, warehouse)).toEqual({ "6": "dhl_paket", "7": "dpd_classic" });
  });
});

describe("wizard steps", () => {
  it("opens a step only once the steps before it have what it needs", () => {
    const progress = { sourceConnectorId: "plentymarkets", sourceTested: true, warehouseTested: false, mappingsSaved: false, settingsSaved: false };
    expect(furthestStep(progress)).toBe("warehouse");
    expect(canOpen("mappings", progress)).toBe(false);
    expect(canOpen("source-credentials", progress)).toBe(true);
  });
});

describe("credentials form", () => {
  const fields = describeCredentials(getConnector("plentymarkets").credentialSchema);
  it("draws every field with its own label, even where connectors share one schema for several fields", () => {
    expect(fields.map((f) => f.label)).toEqual(["URL of your plentymarkets system", "Username", "Password", "plentyID", "Warehouse ID", "Storage location ID"]);
    for (const connector of listConnectors()) {
      for (const schema of [connector.credentialSchema, connector.settingsSchema]) {
        const labels = schema ? describeCredentials(schema).map((f) => f.label) : [];
        expect(new Set(labels).size, connector.id).toBe(labels.length);
      }
    }
  });

  it("leaves empty fields out so a secret left empty keeps the stored one", () => {
    const values: Record<string, string> = { url: " https://shop.example ", username: "api", password: "", plentyId: "1" };
    expect(credentialInput(fields, (k) => values[k] ?? null)).toEqual({ url: "https://shop.example", username: "api", plentyId: "1" });
  });

  it("explains failures in words and points at the field", () => {
    expect(explainTestFailure("plentymarkets", { kind: "needs_merchant", reason: "credentials_rejected", status: 401, message: "no" }, fields)).toMatchObject({ field: "password", title: expect.stringMatching(/refused the login/) });
    expect(explainTestFailure("plentymarkets", { kind: "needs_merchant", reason: "credentials_rejected", status: 403, message: "no" }, fields).title).toMatch(/lacks rights/);
    expect(explainTestFailure("plentymarkets", { kind: "transient", reason: "network", message: "ECONNREFUSED" }, fields)).toMatchObject({ field: "url", title: expect.stringMatching(/could not reach/) });
  });
});

describe("direction and trigger (seed 002)", () => {
  it("reads the trigger where the form sends one and names the field when it is not one of the two", () => {
    const values = { name: "Rackbeat → Webshipper", scheduleMinutes: "5", customerEmailBy: "3pl" };
    expect(parseSettingsForm((k) => ({ ...values, trigger: "shipment_created" })[k] ?? null).settings).toEqual({ scheduleMinutes: 5, customerEmailBy: "3pl", trigger: "shipment_created" });
    expect(parseSettingsForm((k) => (values as Record<string, string>)[k] ?? null).settings).not.toHaveProperty("trigger");
    expect(() => parseSettingsForm((k) => ({ ...values, trigger: "both_ways" })[k] ?? null)).toThrow(expect.objectContaining({ field: "trigger" }));
  });

  it("says the direction, offers the two triggers, says volume is not synced and names delivery terms and shipping rates, only for Rackbeat and Webshipper", () => {
    const r2w = flowView("rackbeat", "webshipper", { trigger: "shipment_created" });
    expect(r2w).toMatchObject({ direction: "Rackbeat → Webshipper", trigger: "shipment_created", shippingTitle: "Delivery terms → shipping rates" });
    expect(r2w.triggers?.map((t) => t.value)).toEqual(["order_created", "shipment_created"]);
    expect(r2w.triggers?.[1]?.help).toMatch(/part of an order now and the rest later/);
    expect(r2w.notSynced).toMatch(/^Volume is not synced/);
    expect(r2w.directionHelp).toMatch(/one way only/);
    const w2r = flowView("webshipper", "rackbeat", {});
    expect(w2r).toMatchObject({ direction: "Webshipper → Rackbeat", trigger: "order_created", shippingTitle: "Shipping rates → delivery terms" });
    expect(w2r.notSynced).toMatch(/Products and customers Rackbeat does not have yet are created there/);
    expect(flowView("plentymarkets", "wemalo", {})).toEqual({});
    expect(flowView("rackbeat", "wemalo", {})).toMatchObject({ triggers: expect.any(Array) });
    expect(flowView("rackbeat", "wemalo", {})).not.toHaveProperty("direction");
  });
});
