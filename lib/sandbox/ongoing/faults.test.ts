import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startOngoing, type OngoingTestServer } from "./testing";

const GO = 159;

describe("Ongoing simulator: faults, warehouse day and webhooks", () => {
  let t: OngoingTestServer;
  beforeEach(async () => {
    t = await startOngoing({ seed: 7, hangMs: 2_000 });
  });
  afterEach(() => t.close());

  it("answers a server fault with ASP.NET's unhandled-error body", async () => {
    t.sim.control.faults.set({ serverErrorRate: 1 });
    const res = await t.call("GET", `/orders?goodsOwnerId=${GO}`);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ Message: "An error has occurred." });
  });

  it("refuses a rate-limit burst with 503, then serves again", async () => {
    t.sim.control.faults.set({ rateLimitRate: 1, rateLimitBurst: 3 });
    t.sim.control.rateLimit.retryAfterSeconds = 2;
    const first = await t.call("GET", `/orders?goodsOwnerId=${GO}`);
    expect(first.status).toBe(503);
    expect(first.headers.get("retry-after")).toBe("2");
    t.sim.control.faults.set({ rateLimitRate: 0 });
    expect((await t.call("GET", `/orders?goodsOwnerId=${GO}`)).status).toBe(503);
    expect((await t.call("GET", `/orders?goodsOwnerId=${GO}`)).status).toBe(503);
    expect((await t.call("GET", `/orders?goodsOwnerId=${GO}`)).status).toBe(200);
    expect(t.sim.control.requests().map((r) => r.fault)).toEqual(["rate-limit", "rate-limit", "rate-limit", "none"]);
  });

  it("does the work but cuts the body of a malformed answer", async () => {
    t.sim.control.faults.set({ malformedRate: 1 });
    const res = await t.call("PUT", "/articles", { goodsOwnerId: GO, articleNumber: "M-1", articleName: "Matta" });
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
    expect(() => JSON.parse(res.text)).toThrow();
    expect(t.sim.control.articles().map((a) => a.articleNumber)).toEqual(["M-1"]);
  });

  it("holds a timed-out request longer than the client waits", async () => {
    t.sim.control.faults.set({ timeoutRate: 1 });
    const started = Date.now();
    await expect(
      fetch(`${t.baseUrl}/api/v1/warehouses`, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("treats a changed password as rejected credentials", async () => {
    t.sim.control.setPassword("WSI-sandbox", "rotated");
    expect((await t.call("GET", "/warehouses")).status).toBe(401);
    expect((await t.call("GET", "/warehouses", undefined, { username: "WSI-sandbox", password: "rotated" })).status).toBe(200);
  });

  it("moves orders through a warehouse day on tick, waiting for stock to allocate", async () => {
    t.sim.control.upsertArticle({ articleNumber: "D-1", articleName: "Duk" });
    await t.call("PUT", "/orders", {
      goodsOwnerId: GO,
      orderNumber: "DAY-1",
      deliveryDate: "2025-03-02",
      consignee: { name: "N", address1: "A", postCode: "1", city: "C", countryCode: "SE" },
      orderLines: [{ rowNumber: "1", articleNumber: "D-1", numberOfItems: 2 }],
    });
    const status = () => t.sim.control.order("DAY-1")!.orderInfo.orderStatus.number;
    t.sim.control.tick();
    expect(status()).toBe(300);
    expect(t.sim.control.tick()).toBe(0);
    expect(status()).toBe(300);
    t.sim.control.setStock("D-1", 5);
    const seen = [];
    while (t.sim.control.tick() > 0) seen.push(status());
    expect(seen).toEqual([320, 400, 450, 500]);
    expect(t.sim.control.order("DAY-1")!.parcels).toHaveLength(1);
  });

  it("builds the order webhook body with tracking and parcels", async () => {
    t.sim.control.upsertArticle({ articleNumber: "W-1" });
    await t.call("PUT", "/orders", {
      goodsOwnerId: GO,
      orderNumber: "WH-1",
      deliveryDate: "2025-03-02",
      consignee: { name: "N", address1: "A", postCode: "1", city: "C", countryCode: "SE" },
      orderLines: [{ rowNumber: "1", articleNumber: "W-1", numberOfItems: 1 }],
    });
    t.sim.control.ship("WH-1", { waybill: "UA9", parcels: [{ parcelNumber: "00370001" }] });
    const payload = t.sim.control.webhookPayload("WH-1");
    expect(payload).toMatchObject({
      orderNumber: "WH-1",
      goodsOwnerId: GO,
      orderStatus: { number: 450 },
      tracking: [{ waybill: "UA9", isReturn: false }],
      parcels: [{ parcelNumber: "00370001", isReturnParcel: false, tracking: { trackingUrl: expect.stringContaining("00370001") } }],
    });
    expect(payload.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
  });
});
