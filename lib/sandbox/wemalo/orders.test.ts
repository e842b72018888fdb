import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleOrder, sampleProducts, startSimulator, type SimulatorHarness } from "./testing";

let h: SimulatorHarness;
beforeEach(async () => {
  h = await startSimulator();
  expect((await h.call("POST", "/product/addMultiple", sampleProducts)).status).toBe(200);
});
afterEach(() => h.close());

describe("wemalo simulator: auth", () => {
  it("refuses a request without the JWT scheme and with an unknown key", async () => {
    expect((await h.call("GET", "/webhook", undefined, null)).status).toBe(401);
    const wrong = await h.call("GET", "/webhook", undefined, "not-a-key");
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ Success: false, message: "invalid token" });
  });

  it("serves the shop name of the key", async () => {
    const res = await h.call("GET", "/product/shop");
    expect(res.body).toMatchObject({ shop: "sandbox-shop", Success: true });
  });
});

describe("wemalo simulator: products", () => {
  it("upserts through addMultiple and updates by externalId", async () => {
    await h.call("POST", "/product/addMultiple", { products: [{ externalId: "P-1", sku: "SKU-1", name: "Tasse neu" }] });
    expect((await h.call("GET", "/product/get/P-1")).body).toMatchObject({ name: "Tasse neu", sku: "SKU-1", productGroup: "Geschirr" });
    expect((await h.call("PUT", "/product/update/P-2", { name: "Untersetzer (4er)" })).status).toBe(200);
    expect((await h.call("GET", "/product/get/P-2")).body.name).toBe("Untersetzer (4er)");
    expect((await h.call("PUT", "/product/update/P-9", { name: "x" })).status).toBe(404);
  });

  it("requires productGroup for a new product and keeps sku unique", async () => {
    const noGroup = await h.call("POST", "/product/add", { externalId: "P-3", sku: "SKU-3" });
    expect(noGroup.status).toBe(400);
    expect(noGroup.body.errors[0]).toMatchObject({ type: "missingParameter", field: "productGroup" });
    const dupSku = await h.call("POST", "/product/add", { externalId: "P-3", sku: "SKU-1", productGroup: "x" });
    expect(dupSku.body.errors[0]).toMatchObject({ type: "INVALID", field: "sku" });
  });

  it("reports stock per attribute", async () => {
    h.sim.control.setStock("SKU-1", 7);
    const res = await h.call("GET", "/product/stock/P-1");
    expect(res.body.articles[0]).toMatchObject({ quantity: 7, sku: "SKU-1", attributeEnglish: "1. Choice" });
    expect((await h.call("GET", "/product/stock/P-9")).status).toBe(400);
  });
});

describe("wemalo simulator: goods orders", () => {
  it("answers NOT_FOUND extId for an unknown product and creates nothing", async () => {
    const order = sampleOrder("SO-1");
    order.positions[1]!.externalId = "SKU-404";
    const res = await h.call("POST", "/goodsOrder/add", order);
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toMatchObject({ type: "NOT_FOUND", field: "extId", value: "SKU-404" });
    expect(h.sim.control.orders()).toHaveLength(0);
  });

  it("creates an order, reports its status and refuses a second plain add", async () => {
    const res = await h.call("POST", "/goodsOrder/add", sampleOrder("SO-1"));
    expect(res.body).toMatchObject({ Success: true, id: expect.any(Number) });
    const status = await h.call("GET", "/goodsOrder/getStatus/SO-1");
    expect(status.body).toMatchObject({ statusName: "OPEN", statusId: "200", id: res.body.id, orderNumber: "1" });
    expect((await h.call("POST", "/goodsOrder/add", sampleOrder("SO-1"))).status).toBe(400);
    expect(h.sim.control.order("SO-1")?.positions.map((p) => [p.sku, p.quantity])).toEqual([["SKU-1", 2], ["SKU-2", 1]]);
  });

  it("keeps one order when addConditional is sent twice", async () => {
    const first = await h.call("POST", "/goodsOrder/addConditional", sampleOrder("SO-2"));
    const second = await h.call("POST", "/goodsOrder/addConditional", sampleOrder("SO-2"));
    expect(first.body).toMatchObject({ status: 200, orderStatus: "OPEN" });
    expect(second.body.id).toBe(first.body.id);
    expect(h.sim.control.orders()).toHaveLength(1);
  });

  it("holds an order PARTIAL for a bad address or missing stock, and reserves it when stock arrives", async () => {
    await h.call("POST", "/goodsOrder/add", sampleOrder("SO-3", { receiver: [{ name1: "Åsa Öberg", street: "Gata 1", zip: "ABC", city: "Köln", countryCode2Letter: "DE" }] }));
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-3")).body).toMatchObject({ statusName: "PARTIAL", statusId: "100", reasonPartiallyReserved: "ADDRESS" });

    h.sim.control.setStock("SKU-2", 0);
    await h.call("POST", "/goodsOrder/add", sampleOrder("SO-4"));
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-4")).body.reasonPartiallyReserved).toBe("STOCK");
    h.sim.control.setStock("SKU-2", 5);
    expect((await h.call("GET", "/goodsOrder/getStatus/SO-4")).body.statusName).toBe("OPEN");
  });

  it("requires the receiver's address fields", async () => {
    const res = await h.call("POST", "/goodsOrder/add", sampleOrder("SO-5", { receiver: [{ name1: "A", street: "B", city: "C", countryCode2Letter: "DE" }] }));
    expect(res.body.errors[0]).toMatchObject({ type: "missingParameter", field: "meta.receiver.zip" });
  });

  it("cancels only while the warehouse has not started", async () => {
    await h.call("POST", "/goodsOrder/add", sampleOrder("SO-6"));
    await h.call("POST", "/goodsOrder/add", sampleOrder("SO-7"));
    expect((await h.call("PUT", "/goodsOrder/cancel/SO-6", { reason: "Cancelled by customer", shop: "sandbox-shop" })).body.statusName).toBe("CANCELLED");
    h.sim.control.pick("SO-7");
    const late = await h.call("PUT", "/goodsOrder/cancel/SO-7", { reason: "Cancelled by customer" });
    expect(late.status).toBe(400);
    expect(h.sim.control.order("SO-7")?.statusName).toBe("READYFORSHIPMENT");
    expect((await h.call("PUT", "/goodsOrder/cancel/SO-404", {})).status).toBe(404);
  });

  it("lists dispatcher profiles with match ids", async () => {
    const res = await h.call("GET", "/goodsOrder/profiles");
    expect(res.body.status).toBe(200);
    const matchIds = res.body.dispatcher.flatMap((d: { profiles: Array<{ matchId: string }> }) => d.profiles.map((p) => p.matchId));
    expect(matchIds).toContain("dhl_paket");
  });
});
