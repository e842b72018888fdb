import { afterEach, describe, expect, it } from "vitest";
import { caught } from "@/lib/connectors/ongoing/testing";
import { vendreConnector } from "./index";
import { vendreHarness, type VendreHarness } from "./testing";

const source = vendreConnector.source!;

describe("Vendre connector against the simulator: connection and orders", () => {
  let h: VendreHarness;
  afterEach(() => h?.close());

  it("tests the connection with X-Authorization (variant B) and discovers the statuses", async () => {
    h = await vendreHarness();
    const result = await vendreConnector.testConnection(h.ctx);
    expect(result.account.name).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(result.discovered.statuses?.slice(0, 3)).toEqual([
      { id: "1", label: "Pending" },
      { id: "2", label: "Processing" },
      { id: "3", label: "Delivered" },
    ]);
    expect(h.sim.control.requests()[0]).toMatchObject({ method: "GET", path: "/orders", status: 200 });
    expect(h.log.entries[0]!.requestHeaders["x-authorization"]).toBe("[redacted]");
  });

  it("speaks variant A too: /api with Authorization: Bearer", async () => {
    h = await vendreHarness({ authStyle: "bearer", variant: "A" });
    expect(h.credentials.baseUrl).toMatch(/\/sandbox\/vendre\/api$/);
    await expect(vendreConnector.testConnection(h.ctx)).resolves.toBeDefined();
    const wrongHeader = await caught(vendreConnector.testConnection(h.contextFor({ authHeader: "x-authorization" })));
    expect(wrongHeader).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected", status: 401 });
  });

  it("turns a wrong token into needs_merchant without logging it", async () => {
    h = await vendreHarness();
    const error = await caught(vendreConnector.testConnection(h.contextFor({ token: "not-the-token" })));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected" });
    expect(JSON.stringify(h.log.entries)).not.toContain("not-the-token");
  });

  it("lists the orders to fulfil as canonical orders, gross prices from Vendre's net ones", async () => {
    h = await vendreHarness();
    const first = h.sim.control.addOrder({ comment: "Lämna vid dörren" });
    h.sim.control.addOrder({ status: 2 });
    h.sim.control.addOrder({ delivery: { name: "Per Holm", street_address: "Kungsgatan 1", postcode: "111 43", city: "Stockholm" } });
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items.map((o) => o.orderNumber)).toEqual([String(first.id), String(first.id + 2)]);
    expect(page.hasMore).toBe(false);
    const order = page.items[0]!;
    expect(order).toMatchObject({
      sourceRef: String(first.id),
      currency: "SEK",
      notes: "Lämna vid dörren",
      shippingMethod: { code: "postnord_mypack", label: "PostNord MyPack" },
      customer: { email: "asa.oberg@example.se", language: "sv" },
      deliveryAddress: { firstName: "Åsa", lastName: "Öberg", street: "Storgatan 5B", postalCode: "211 41", city: "Malmö", countryCode: "SE" },
      totals: { shipping: "49.00", total: "1048.00" },
    });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.taxRate])).toEqual([
      ["47-0956", 1, "499.00", "25"],
      ["47-0957", 2, "250.00", "25"],
    ]);
    expect(page.items[1]!.deliveryAddress).toMatchObject({ firstName: "Per", lastName: "Holm", city: "Stockholm" });
  });

  it("pages through { list, remaining } and hands out `limit` orders per call after the cursor", async () => {
    h = await vendreHarness();
    for (let i = 0; i < 260; i++) h.sim.control.addOrder();
    const first = await source.listReadyOrders(h.ctx, { cursor: null, limit: 200 });
    expect(first.items).toHaveLength(200);
    expect(first.hasMore).toBe(true);
    const pages = h.sim.control.requests().filter((r) => r.path === "/orders").map((r) => new URLSearchParams(r.query).get("offset"));
    expect(pages).toEqual(["0", "250"]);
    const rest = await source.listReadyOrders(h.ctx, { cursor: first.nextCursor, limit: 200 });
    expect(rest.items).toHaveLength(60);
    expect(rest.hasMore).toBe(false);
    expect(Number(rest.items[0]!.sourceRef)).toBe(Number(first.nextCursor) + 1);
  });

  it("skips an order it cannot map and says why", async () => {
    h = await vendreHarness();
    h.sim.control.addOrder({ products: [{ name: "Presentkort", model: "", quantity: 1, price_each: 100, tax: 0 }] });
    const good = h.sim.control.addOrder();
    const page = await source.listReadyOrders(h.ctx, { cursor: null });
    expect(page.items.map((o) => o.sourceRef)).toEqual([String(good.id)]);
    expect(h.logger.lines.find((l) => l.message.includes("skipped"))?.data?.reason).toMatch(/no article number/);
  });

  it("acknowledges without e-mailing the customer, and reports a problem when a problem status is set", async () => {
    h = await vendreHarness();
    const order = h.sim.control.addOrder();
    const ref = { sourceRef: String(order.id), orderNumber: String(order.id) };
    await source.acknowledge(h.ctx, { order: ref });
    expect(h.sim.control.order(order.id)!.status).toBe(2);
    expect(h.sim.control.mails()).toEqual([]);
    expect((await source.listReadyOrders(h.ctx, { cursor: null })).items).toEqual([]);

    await source.reportProblem(h.ctx, { order: ref, problem: "address", message: "no house number" });
    expect(h.sim.control.order(order.id)!.status).toBe(2);
    await source.reportProblem(h.contextFor({}, { problemStatus: 5 }), { order: ref, problem: "address", message: "no house number" });
    expect(h.sim.control.order(order.id)!.status_history.at(-1)).toMatchObject({ status: 5, comment: "no house number", customer_notified: false });
  });
});
