import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as catchAll } from "@/app/api/pull/v1/[...path]/route";
import { GET as invoiceRoute } from "@/app/api/pull/v1/customers/[customerNo]/invoices/[invoiceNo]/route";
import { GET as invoicesRoute } from "@/app/api/pull/v1/customers/[customerNo]/invoices/route";
import { GET as orderRoute, POST as orderPost } from "@/app/api/pull/v1/customers/[customerNo]/orders/[orderNo]/route";
import { GET as ordersRoute } from "@/app/api/pull/v1/customers/[customerNo]/orders/route";
import { withoutTenant } from "@/db";
import { tenantWithLink } from "@/lib/orders-query/testing";
import { hashApiKey } from "./keys";
import { createApiKey, listApiKeys, revokeApiKey } from "./index";
import { callRoute, seedPullOrders } from "./testing";

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

let keyA: string;
let keyB: string;
let tenantA: string;

const orders = (customerNo: string, query = "", key: string | null = keyA) =>
  callRoute(ordersRoute, `/api/pull/v1/customers/${customerNo}/orders${query}`, { customerNo }, key);
const order = (customerNo: string, orderNo: string, key: string | null = keyA) =>
  callRoute(orderRoute, `/api/pull/v1/customers/${customerNo}/orders/${orderNo}`, { customerNo, orderNo }, key);
const invoices = (customerNo: string, query = "", key: string | null = keyA) =>
  callRoute(invoicesRoute, `/api/pull/v1/customers/${customerNo}/invoices${query}`, { customerNo }, key);
const invoice = (customerNo: string, invoiceNo: string, key: string | null = keyA) =>
  callRoute(invoiceRoute, `/api/pull/v1/customers/${customerNo}/invoices/${invoiceNo}`, { customerNo, invoiceNo }, key);

beforeAll(async () => {
  const a = await tenantWithLink("Pull A");
  tenantA = a.tenantId;
  // Customer C-100: 60 orders, one a day from 2026-01-01 (A-000 … A-059); A-060 cancelled.
  await seedPullOrders(a.tenantId, a.linkId, [
    ...Array.from({ length: 60 }, (_, i) => ({ orderNumber: `A-${String(i).padStart(3, "0")}`, customerNo: "C-100", date: day(i) })),
    { orderNumber: "A-060", customerNo: "C-100", date: day(60), status: "cancelled" as const },
    { orderNumber: "A-SHIP", customerNo: "C-100", date: "2025-12-24", status: "shipped" as const,
      changes: { notes: "Ring the bell", externalOrderNumber: "WEB-77", paymentState: "unpaid",
        lines: [{ lineRef: "1", sku: "TS-BLK-M", name: "T-shirt", quantity: 3, unitPrice: "19.99" }, { lineRef: "2", sku: "CAP", name: "Cap", quantity: 1, unitPrice: "9.50" }] },
      parcels: [
        { trackingNumber: "00340434161234567890", carrier: "DHL", trackingUrl: "https://www.dhl.de/track?id=00340434161234567890" },
        { trackingNumber: "JJD0001", carrier: "DHL", trackingUrl: "http://insecure.example/track" },
      ] },
    { orderNumber: "A-OTHER", customerNo: "C-200", date: day(5) },
    { orderNumber: "A-NOCUST", date: day(5) },
  ]);
  keyA = (await createApiKey(a.tenantId, { name: "Shop A", createdBy: a.userId })).key;
  const b = await tenantWithLink("Pull B");
  await seedPullOrders(b.tenantId, b.linkId, [
    { orderNumber: "B-1", customerNo: "C-100", date: day(3) },
    { orderNumber: "B-2", customerNo: "C-900", date: day(4) },
  ]);
  keyB = (await createApiKey(b.tenantId, { name: "Shop B" })).key;
});

describe("Pull API authentication", () => {
  it("refuses a missing, malformed or unknown key with the same JSON 401", async () => {
    const answers = await Promise.all([orders("C-100", "", null), orders("C-100", "", "lbp_not-a-key"), orders("C-100", "", `${keyA}x`)]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(answer.body).toEqual(answers[0]!.body);
      expect(answer.body).toMatchObject({ error: { code: "unauthorized" } });
    }
    const raw = await ordersRoute(new Request("http://localhost/x", { headers: { authorization: `Basic ${keyA}` } }), { params: Promise.resolve({ customerNo: "C-100" }) });
    expect(raw.status).toBe(401);
    expect(raw.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("refuses a revoked key at once, and stores only the hash and a prefix", async () => {
    const a = await tenantWithLink("Pull revoked");
    const { key, id, prefix } = await createApiKey(a.tenantId, { name: "Soon gone" });
    expect((await orders("C-1", "", key)).status).toBe(200);
    const listed = await listApiKeys(a.tenantId);
    expect(listed).toEqual([expect.objectContaining({ id, name: "Soon gone", prefix, revokedAt: null, lastUsedAt: expect.any(Date) })]);
    expect(key.startsWith(prefix)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(key);
    await revokeApiKey(a.tenantId, id);
    const refused = await orders("C-1", "", key);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: "unauthorized" } });
    await expect(revokeApiKey(a.tenantId, id)).rejects.toThrow(/already revoked/);
  });

  it("lets a lookup by hash see that one key only, and a transaction without it none", async () => {
    const seen = await withoutTenant(async (tx) => {
      const none = await tx.execute(sql`select count(*)::int as n from api_keys`);
      await tx.execute(sql`select set_config('app.api_key_hash', ${hashApiKey(keyA)}, true)`);
      const one = await tx.execute(sql`select count(*)::int as n, min(tenant_id::text) as tenant from api_keys`);
      return { none: none[0], one: one[0] };
    });
    expect(seen).toEqual({ none: { n: 0 }, one: { n: 1, tenant: tenantA } });
  });
});

describe("Pull API tenancy", () => {
  it("shows tenant A's key nothing of tenant B's customers or orders", async () => {
    const list = await orders("C-900");
    expect(list).toMatchObject({ status: 200, body: { orders: [], total: 0 } });
    // C-100 exists in both tenants: A's key sees A's orders only.
    const mine = await orders("C-100", "?per_page=100");
    expect((mine.body as { orders: { id: string }[] }).orders.map((o) => o.id)).not.toContain("B-1");
    const missing = await order("C-100", "NOPE");
    expect(missing).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    // B's order, B's customer, A's order of another customer: exactly the answer for none at all.
    for (const other of [await order("C-100", "B-1"), await order("C-900", "B-2"), await order("C-100", "A-OTHER")]) expect(other).toEqual(missing);
    expect(await invoice("C-100", "B-1")).toEqual(await invoice("C-100", "NOPE"));
    expect((await order("C-100", "B-1", keyB)).status).toBe(200);
  });
});

describe("Pull API parameters", () => {
  it.each([
    ["?from=2026-13-01", "from"],
    ["?from=20260101", "from"],
    ["?to=2026-02-30", "to"],
    ["?from=2026-02-01&to=2026-01-01", "to"],
    ["?page=0", "page"],
    ["?page=abc", "page"],
    ["?per_page=1000", "per_page"],
  ])("answers %s with a JSON 400 naming %s", async (query, parameter) => {
    for (const answer of [await orders("C-100", query), await invoices("C-100", query)]) {
      expect(answer.status).toBe(400);
      expect(answer.contentType).toMatch(/^application\/json/);
      expect(answer.body).toMatchObject({ error: { code: "invalid_parameter", parameter } });
    }
  });

  it("filters by order date, both ends inclusive", async () => {
    const { body } = await orders("C-100", `?from=${day(10)}&to=${day(19)}`);
    const ids = (body as { orders: { id: string; date: string }[] }).orders.map((o) => o.id);
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `A-0${19 - i}`));
  });

  it("pages newest first without gaps or repeats, and past the end answers an empty page", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { status, body } = await orders("C-100", `?page=${page}&per_page=25`);
      expect(status).toBe(200);
      const b = body as { orders: { id: string; date: string }[]; page: number; per_page: number; total: number; total_pages: number };
      expect(b).toMatchObject({ page, per_page: 25, total: 62, total_pages: 3 });
      seen.push(...b.orders.map((o) => o.id));
    }
    expect(seen).toHaveLength(62);
    expect(new Set(seen).size).toBe(62);
    expect(seen[0]).toBe("A-060");
    expect(seen.at(-1)).toBe("A-SHIP");
    const past = await orders("C-100", "?page=9&per_page=25");
    expect(past.body).toMatchObject({ orders: [], page: 9, total: 62 });
  });

  it("answers a customer with no orders with an empty list", async () => {
    expect(await orders("NOBODY")).toMatchObject({ status: 200, body: { orders: [], page: 1, per_page: 25, total: 0, total_pages: 0 } });
    expect(await invoices("NOBODY")).toMatchObject({ status: 200, body: { invoices: [], total: 0 } });
  });
});

describe("Pull API shapes (seed 003)", () => {
  it("lists orders with id, customer_no, sum, date, reference", async () => {
    const { body } = await orders("C-100", "?from=2025-12-24&to=2025-12-24");
    expect(body).toEqual({
      orders: [{ id: "A-SHIP", customer_no: "C-100", sum: "24.89", currency: "EUR", date: "2025-12-24", reference: "WEB-77", status: "shipped" }],
      page: 1, per_page: 25, total: 1, total_pages: 1,
    });
  });

  it("shows one order with customer, products, delivery, packages and orders", async () => {
    const { status, body } = await order("C-100", "A-SHIP");
    expect(status).toBe(200);
    const b = body as Record<string, unknown>;
    expect(Object.keys(b).sort()).toEqual(["comment", "currency", "customer", "date", "delivery", "id", "orders", "packages", "po_number", "products", "reference", "shipping_cost", "status", "tax", "total"]);
    expect(b).toMatchObject({ id: "A-SHIP", po_number: null, comment: "Ring the bell", reference: "WEB-77" });
    for (const money of ["total", "shipping_cost", "tax"]) expect(b[money]).toMatch(/^\d+,\d{2}\s€$/);
    expect(b.customer).toEqual({ company: "Kaffe AB", no: "C-100", reference: "Åsa Lindqvist", address: "Hauptstraße 1", address2: null, zipcode: "10115", ziparea: "Berlin", Country: "Tyskland", country_iso: "DEU" });
    expect(b.delivery).toEqual({ reference: "Åsa Lindqvist", address: "Hauptstraße 1", address2: null, zipcode: "10115", ziparea: "Berlin", Country: "Tyskland", country_iso: "DEU" });
    expect(b.products).toEqual([
      { model: "TS-BLK-M", name: "T-shirt", quantity: 3, price: "19,99 €", discount: "0,00 €", row_total: "59,97 €" },
      { model: "CAP", name: "Cap", quantity: 1, price: "9,50 €", discount: "0,00 €", row_total: "9,50 €" },
    ].map((p) => ({ ...p, price: expect.stringMatching(p.price.replace(/\s/, "\\s")), discount: expect.stringMatching(p.discount.replace(/\s/, "\\s")), row_total: expect.stringMatching(p.row_total.replace(/\s/, "\\s")) })));
    expect(b.packages).toEqual([
      { tracing_id: "00340434161234567890", tracking_link: "https://www.dhl.de/track?id=00340434161234567890" },
      { tracing_id: "JJD0001", tracking_link: null },
    ]);
    expect(b.orders).toEqual([{ order_no: "A-SHIP", pdf_link: null }]);
  });

  it("lists invoices (orders not cancelled) with due_date and payment_status", async () => {
    const { body } = await invoices("C-100", "?per_page=100");
    const b = body as { invoices: Record<string, unknown>[]; total: number };
    expect(b.total).toBe(61);
    expect(b.invoices.map((i) => i.id)).not.toContain("A-060");
    expect(b.invoices.find((i) => i.id === "A-SHIP")).toEqual({ id: "A-SHIP", customer_no: "C-100", sum: "24.89", currency: "EUR", date: "2025-12-24", due_date: "2025-12-24", reference: "WEB-77", payment_status: "unpaid" });
  });

  it("shows one invoice as its order plus due_date, payment_status and references; a cancelled order has none", async () => {
    const { status, body } = await invoice("C-100", "A-SHIP");
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: "A-SHIP", due_date: "2025-12-24", payment_status: "unpaid", references: ["WEB-77"], orders: [{ order_no: "A-SHIP", pdf_link: null }] });
    expect(body).toHaveProperty("packages.0.tracing_id", "00340434161234567890");
    expect((await invoice("C-100", "A-060")).status).toBe(404);
    expect((await order("C-100", "A-060")).status).toBe(200);
  });
});

describe("Pull API answers JSON everywhere", () => {
  it("for unknown paths and methods", async () => {
    const unknown = await catchAll();
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
    const post = await orderPost();
    expect(post.status).toBe(405);
    expect(post.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await post.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });
});
