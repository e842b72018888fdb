import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { classifyStatus, isPartnerError, parseResponse, PartnerError, type HttpClient, type HttpRequest, type HttpResponse } from "@/lib/http";
import { productSchema, stockLevelSchema } from "@/lib/orders";
import { applyMutations, nearValid, type Mutation, type Path } from "@/lib/testing/fuzz-arbitraries";
import { fuzzAsync, asyncOutcomeOf } from "@/lib/testing/fuzz";
import type { SourceProduct, StockWriteResult } from "./sync-types";
import type { ConnectorContext, Page, ProductUpsertResult } from "./types";
import { getStockLevels as ongoingStock } from "./ongoing/stock-levels";
import { upsertProducts as ongoingUpsert } from "./ongoing/upsert-products";
import { listProducts as plentyProducts, writeStock as plentyWriteStock } from "./plentymarkets/operations/products";
import { listProducts as vendreProducts, writeStock as vendreWriteStock } from "./vendre/products";
import { getStockLevels as wemaloStock, upsertProducts as wemaloUpsert } from "./wemalo/products";

/**
 * The product and stock parsers under fuzzing. Their mappers live inside the connector calls, so
 * each call runs against an HTTP client that answers the (mutated) body the way the real client
 * does after its retries: a status >= 400 the call does not accept is a PartnerError by status,
 * a body its schema refuses is parseResponse's transient malformed_response.
 */

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const NOW = new Date("2026-01-05T10:00:00Z");

interface Answer {
  status: number;
  body: unknown;
}

/** The HTTP client of one run: `answer` replies to each request (by path and method). */
function scriptedHttp(partner: string, answer: (req: HttpRequest<unknown>) => Answer): HttpClient {
  const request = async <T,>(req: HttpRequest<T>): Promise<HttpResponse<T>> => {
    const { status, body } = answer(req as HttpRequest<unknown>);
    const text = typeof body === "string" ? body : (JSON.stringify(body) ?? "");
    if (status >= 400 && !(req.acceptStatus ?? []).includes(status)) {
      const cls = classifyStatus(status);
      throw new PartnerError({ kind: cls.kind, reason: cls.reason, partner, status, body: text, message: `${partner} ${cls.text}: HTTP ${status} on ${req.method} ${req.path}` });
    }
    const data = req.schema ? parseResponse(req.schema, body, { partner, operation: req.operation, status }) : (body as T);
    return { status, headers: new Headers(), data, text, attempts: 1, durationMs: 0 };
  };
  return {
    partner,
    baseUrl: "https://fuzz.example",
    request,
    get: (path, o) => request({ ...o, method: "GET", path }),
    post: (path, body, o) => request({ ...o, method: "POST", path, body }),
    put: (path, body, o) => request({ ...o, method: "PUT", path, body }),
    patch: (path, body, o) => request({ ...o, method: "PATCH", path, body }),
    delete: (path, o) => request({ ...o, method: "DELETE", path }),
  };
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function contextFor<C, S>(partner: string, credentials: C, settings: S, answer: (req: HttpRequest<unknown>) => Answer): ConnectorContext<C, S> {
  return { tenantId: "t-fuzz", connectionId: "c-fuzz", credentials, settings, http: scriptedHttp(partner, answer), log: quiet, requestLog: { write() {} }, now: () => NOW };
}

// ——— samples: one valid answer per parser ———

const plentyVariations = {
  page: 1, totalsCount: 2, isLastPage: true, lastPageNumber: 1,
  entries: [
    {
      id: 1101, number: "TS-BLK-M", name: "Tröja svart M", isActive: true, weightG: 250.4, widthMM: 300, lengthMM: 400, heightMM: 20.6,
      variationBarcodes: [{ code: "7350000000016", barcodeId: 1 }, { code: " 0012345678905 " }],
      item: { id: 11, customsTariffNumber: "61091000", producingCountryId: 24 },
    },
    { id: 1102, number: "CAP-GRN", name: "Keps grön", isActive: false, weightG: null, widthMM: null, lengthMM: null, heightMM: null, variationBarcodes: [], item: { customsTariffNumber: null, producingCountryId: null } },
  ],
};
const plentyCountries = [{ id: 1, isoCode2: "de" }, { id: 24, isoCode2: "SE" }];
const plentyCorrectionOk = { corrections: [{ variationId: 1101, quantity: 12, storageLocationId: 3 }] };
const plentyRefusal = { error: { message: "The given data was invalid." }, validation_errors: { "corrections.0.quantity": ["The quantity must be a number."] } };

const vendreProductList = {
  list: [
    { id: 956, model: "47-0956", name: "Blazer", ean: "7350000000016", weight: 820, active: true, quantity: 3 },
    { id: 957, model: "47-0957", name: "Skjorta", ean: null, weight: null, active: null },
  ],
  remaining: 0,
};
const vendreStockAnswer = { id: 956, model: "47-0956", quantity: 12 };
const vendreRefusal = { message: "Quantity must be an integer", errors: { quantity: ["must be an integer"] } };

const ongoingArticles = [
  { articleSystemId: 501, articleNumber: "A-1", articleName: "Kaffekopp", goodsOwner: { id: 159, name: "Shop" }, inventoryInfo: { numberOfItems: 10, sellableNumberOfItems: 8, allocatedNumberOfItems: 2, numberOfBookedItems: 0 } },
  { articleSystemId: 502, articleNumber: "A-2", articleName: null, goodsOwner: null, inventoryInfo: null },
];
const ongoingPutAnswer = { articleSystemId: 501, message: "Updated" };
const ongoingRefusal = { Message: "The request is invalid.", ModelState: { "article.ArticleName": ["The ArticleName field is required."] } };

const wemaloAvailable = {
  articles: [
    { sku: "TS-BLK-M", externalId: "TS-BLK-M", attributes: [{ isDefault: true, quantity: 12, attribute: "A" }, { isDefault: false, quantity: 3, attribute: "B" }] },
    { sku: "CAP-GRN", externalId: 77, attributes: [{ isDefault: true, quantity: 0 }] },
  ],
};
const wemaloAddOk = { Success: true };
const wemaloRefusal = { Success: false, status: 400, message: "validation failed", errors: [{ type: "missingParameter", field: "name", value: "", message: "name is missing" }] };

const products = [
  { sku: "TS-BLK-M", name: "Tröja svart M", barcodes: [], active: true },
  { sku: "CAP-GRN", name: "Keps grön", barcodes: [], active: true },
];
const writes = [
  { sku: "TS-BLK-M", quantity: 12, sourceRef: "1101" },
  { sku: "CAP-GRN", quantity: 0, sourceRef: "1102" },
];

// ——— targets ———

/** What a connector call returned, by kind, for the canonical checks. */
interface Result {
  page?: Page<SourceProduct>;
  stock?: unknown[];
  writes?: StockWriteResult[];
  upserts?: ProductUpsertResult[];
}

interface Target {
  parser: string;
  partner: string;
  /** Valid answers the mutations start from (a success, and for writes a refusal). */
  samples: Answer[];
  /** Runs the connector's call with `answer` as the partner's reply to the fuzzed request. */
  run(answer: Answer): Promise<Result>;
}

const plentyCreds = { warehouseId: 1, storageLocationId: 3 } as never;
const wemaloCreds = { apiToken: "t", shop: "shop-1" } as never;

const targets: Target[] = [
  {
    parser: "plentymarkets: variations", partner: "plentymarkets", samples: [{ status: 200, body: plentyVariations }],
    run: async (answer) => {
      const ctx = contextFor("plentymarkets", plentyCreds, {} as never, (req) => (req.path.includes("countries") ? { status: 200, body: plentyCountries } : answer));
      return { page: await plentyProducts(ctx, { updatedSince: null, cursor: null }) };
    },
  },
  {
    parser: "plentymarkets: stock correction answer", partner: "plentymarkets", samples: [{ status: 200, body: plentyCorrectionOk }, { status: 422, body: plentyRefusal }],
    run: async (answer) => {
      const ctx = contextFor("plentymarkets", plentyCreds, {} as never, () => answer);
      return { writes: await plentyWriteStock(ctx, { changes: writes }) };
    },
  },
  {
    parser: "vendre: products", partner: "vendre", samples: [{ status: 200, body: vendreProductList }],
    run: async (answer) => {
      const ctx = contextFor("vendre", {} as never, {} as never, () => answer);
      return { page: await vendreProducts(ctx, { updatedSince: null, cursor: null }) };
    },
  },
  {
    parser: "vendre: stock write answer", partner: "vendre", samples: [{ status: 200, body: vendreStockAnswer }, { status: 422, body: vendreRefusal }],
    run: async (answer) => {
      const ctx = contextFor("vendre", {} as never, {} as never, () => answer);
      return { writes: await vendreWriteStock(ctx, { changes: writes }) };
    },
  },
  {
    parser: "ongoing: articles (inventory)", partner: "ongoing", samples: [{ status: 200, body: ongoingArticles }],
    run: async (answer) => {
      const ctx = contextFor("ongoing", { goodsOwnerId: 159 } as never, {} as never, () => answer);
      return { stock: await ongoingStock(ctx, {}) };
    },
  },
  {
    parser: "ongoing: article upsert answer", partner: "ongoing", samples: [{ status: 200, body: ongoingPutAnswer }, { status: 400, body: ongoingRefusal }],
    run: async (answer) => {
      const ctx = contextFor("ongoing", { goodsOwnerId: 159 } as never, {} as never, (req) => (req.method === "GET" ? { status: 200, body: ongoingArticles } : answer));
      return { upserts: await ongoingUpsert(ctx, { products }) };
    },
  },
  {
    parser: "wemalo: available stock", partner: "wemalo", samples: [{ status: 200, body: wemaloAvailable }],
    run: async (answer) => {
      const ctx = contextFor("wemalo", wemaloCreds, { productGroup: "Lagerbro" } as never, () => answer);
      return { stock: await wemaloStock(ctx, {}) };
    },
  },
  {
    parser: "wemalo: addMultiple answer", partner: "wemalo", samples: [{ status: 200, body: wemaloAddOk }, { status: 400, body: wemaloRefusal }],
    run: async (answer) => {
      const ctx = contextFor("wemalo", wemaloCreds, { productGroup: "Lagerbro" } as never, () => answer);
      return { upserts: await wemaloUpsert(ctx, { products }) };
    },
  },
];

// ——— the checks ———

function expectCanonical(result: Result): void {
  if (result.page) {
    expect(result.page.hasMore).toBe(result.page.nextCursor !== null);
    for (const item of result.page.items) {
      // An empty name is passed on on purpose (the warehouse's refusal tells the merchant); all else must be canonical.
      const valid = productSchema.safeParse({ ...item.product, name: item.product.name || "(empty)" });
      expect(valid.success, `product is not canonical: ${JSON.stringify(valid.error?.issues[0])}`).toBe(true);
      expect(item.product.sku.trim(), "empty SKU").not.toBe("");
      expect(item.sourceRef ?? "x").toMatch(/\S/);
    }
  }
  for (const level of result.stock ?? []) {
    const valid = stockLevelSchema.safeParse(level);
    expect(valid.success, `stock level is not canonical: ${JSON.stringify(valid.error?.issues[0])}`).toBe(true);
    const { sku, available, physical, reserved } = valid.data!;
    expect(sku.trim(), "empty SKU").not.toBe("");
    for (const [field, n] of Object.entries({ available, physical, reserved })) if (n !== undefined) expect(n, field).toBeGreaterThanOrEqual(0);
  }
  const perSku = [...(result.writes ?? []), ...(result.upserts ?? [])];
  for (const r of perSku) {
    expect(["written", "unknown_sku", "failed", "created", "updated", "unchanged"]).toContain(r.outcome);
    expect(r.sku).toMatch(/\S/);
    if (r.outcome === "failed") expect(r.error, "a failed SKU without a reason").toMatch(/\S/);
  }
  if (result.writes) expect(result.writes.map((r) => r.sku).sort()).toEqual(writes.map((w) => w.sku).sort());
  if (result.upserts) expect(result.upserts.map((r) => r.sku).sort()).toEqual(products.map((p) => p.sku).sort());
}

/** The property every near-valid answer must hold; returns what happened, for the regression cases. */
async function checkNearValid(target: Target, answer: Answer): Promise<"refused" | "mapped"> {
  const run = await asyncOutcomeOf(() => target.run(answer));
  if (!run.ok) {
    // Only a PartnerError may come out: malformed (transient, naming the field) or the status's own error.
    expect(isPartnerError(run.error), (run.error as Error)?.stack ?? String(run.error)).toBe(true);
    const error = run.error as PartnerError;
    if (error.reason === "malformed_response") {
      expect(error.kind).toBe("transient");
      expect(error.message).toMatch(new RegExp(`^malformed response from ${target.partner} \\([^)]+\\): \\S+: .+`));
    } else {
      expect(error.status, `${error.reason}: ${error.message}`).toBe(answer.status);
    }
    return "refused";
  }
  expectCanonical(run.value);
  return "mapped";
}

function nearValidAnswer(samples: Answer[]): fc.Arbitrary<Answer> {
  return fc.constantFrom(...samples).chain((s) => nearValid(s.body).map(({ value }) => ({ status: s.status, body: value })));
}

describe("product and stock payloads under fuzzing: the connector's call parses, then maps", () => {
  for (const target of targets) {
    it(`${target.parser}: the valid samples map to canonical data`, async () => {
      for (const answer of target.samples) {
        const result = await target.run(answer);
        expectCanonical(result);
        if (result.page) expect(result.page.items).toHaveLength(2);
        if (result.stock) expect(result.stock).toHaveLength(2);
        const outcomes = [...(result.writes ?? []), ...(result.upserts ?? [])].map((r) => r.outcome);
        if (answer.status < 400) expect(outcomes.every((o) => o !== "failed"), outcomes.join()).toBe(true);
        else expect(outcomes.every((o) => o === "failed"), outcomes.join()).toBe(true);
      }
    });

    it(`${target.parser}: a near-valid answer is refused naming the field, or maps to canonical data`, async (ctx) => {
      await fuzzAsync(ctx, target.parser, fc.asyncProperty(nearValidAnswer(target.samples), async (answer) => {
        await checkNearValid(target, answer);
      }), target.samples.length > 1 ? 400 : 300);
    });
  }
});

describe("the valid samples, mapped", () => {
  it("plentymarkets variations keep barcodes, rounded measures and the country", async () => {
    const { page } = await targets[0]!.run({ status: 200, body: plentyVariations });
    expect(page!.items[0]).toEqual({
      product: {
        sku: "TS-BLK-M", name: "Tröja svart M", ean: "7350000000016", barcodes: ["0012345678905"], weightGrams: 250,
        dimensions: { lengthMm: 400, widthMm: 300, heightMm: 21 }, customsTariffNumber: "61091000", countryOfOrigin: "SE", active: true,
      },
      sourceRef: "1101",
    });
  });

  it("wemalo and Ongoing stock", async () => {
    const wemalo = await targets.find((t) => t.parser === "wemalo: available stock")!.run({ status: 200, body: wemaloAvailable });
    expect(wemalo.stock).toEqual([{ sku: "TS-BLK-M", available: 12, observedAt: NOW.toISOString() }, { sku: "CAP-GRN", available: 0, observedAt: NOW.toISOString() }]);
    const ongoing = await targets.find((t) => t.parser === "ongoing: articles (inventory)")!.run({ status: 200, body: ongoingArticles });
    expect(ongoing.stock).toEqual([
      { sku: "A-1", available: 8, physical: 10, reserved: 2, observedAt: NOW.toISOString() },
      { sku: "A-2", available: 0, physical: 0, reserved: 0, observedAt: NOW.toISOString() },
    ]);
  });
});

/** Counterexamples fuzzing found (each gave a negative or unsafe figure, an empty SKU, or a failed SKU without a reason). */
describe("regressions found by fuzzing", () => {
  const target = (parser: string) => targets.find((t) => t.parser === parser)!;
  const set = (path: Path, value: unknown): Mutation => ({ path, op: "replace", value });
  const drop = (path: Path): Mutation => ({ path, op: "delete", value: undefined });
  it.each([
    ["plentymarkets: stock correction answer", 1, [drop(["validation_errors"]), set(["error"], "")], "mapped", "plentymarkets request rejected: HTTP 422"],
    ["plentymarkets: stock correction answer", 1, [set(["validation_errors", "corrections.0.quantity", 0], " "), set(["error", "message"], "")], "mapped", "HTTP 422"],
    ["wemalo: addMultiple answer", 1, [set(["errors", 0, "message"], "")], "mapped", "validation failed"],
    ["wemalo: available stock", 0, [set(["articles", 1, "attributes", 0, "quantity"], 2 ** 53)], "refused", "articles[1].attributes[0].quantity"],
    ["wemalo: available stock", 0, [set(["articles", 0, "attributes", 0, "quantity"], -20)], "mapped", '"sku":"TS-BLK-M","available":0'],
    ["wemalo: available stock", 0, [set(["articles", 1, "sku"], "")], "mapped", ""],
    ["ongoing: articles (inventory)", 0, [set([0, "inventoryInfo", "numberOfItems"], -(2 ** 31))], "refused", "[0].inventoryInfo.numberOfItems"],
    ["ongoing: articles (inventory)", 0, [set([0, "inventoryInfo", "sellableNumberOfItems"], -3)], "mapped", '"available":0,"physical":10,"reserved":10'],
    ["ongoing: articles (inventory)", 0, [set([1, "articleNumber"], "\uFEFF")], "mapped", ""],
    ["ongoing: article upsert answer", 1, [set(["ModelState", "article.ArticleName", 0], ""), set(["Message"], " ")], "mapped", "ongoing request rejected: HTTP 400"],
  ] as Array<[string, number, Mutation[], "refused" | "mapped", string]>)("%s (sample %i) with %j", async (parser, sample, mutations, expected, message) => {
    const t = target(parser);
    const answer = t.samples[sample]!;
    const mutated = { status: answer.status, body: applyMutations(answer.body, mutations) };
    expect(await checkNearValid(t, mutated)).toBe(expected);
    if (expected === "refused") await expect(t.run(mutated)).rejects.toThrow(message);
    else expect(JSON.stringify(await t.run(mutated))).toContain(message);
  });

  it("an article without a number, or a SKU that is blank, is left out of the stock", async () => {
    const wemalo = await target("wemalo: available stock").run({ status: 200, body: applyMutations(wemaloAvailable, [set(["articles", 1, "sku"], " ")]) });
    expect(wemalo.stock!.map((s) => (s as { sku: string }).sku)).toEqual(["TS-BLK-M"]);
    const ongoing = await target("ongoing: articles (inventory)").run({ status: 200, body: applyMutations(ongoingArticles, [set([1, "articleNumber"], "")]) });
    expect(ongoing.stock!.map((s) => (s as { sku: string }).sku)).toEqual(["A-1"]);
  });
});
