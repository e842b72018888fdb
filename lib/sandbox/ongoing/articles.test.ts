import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startOngoing, testClock, type OngoingTestServer } from "./testing";

const GO = 159;

describe("Ongoing simulator: articles and stock", () => {
  let t: OngoingTestServer;
  const clock = testClock();
  beforeEach(async () => {
    t = await startOngoing({ now: clock.now });
  });
  afterEach(() => t.close());

  it("upserts by article number and keeps the articleSystemId", async () => {
    const first = await t.call("PUT", "/articles", { goodsOwnerId: GO, articleNumber: "A-1", articleName: "Kaffekopp", weight: "0.4" });
    const again = await t.call("PUT", "/articles", { goodsOwnerId: GO, articleNumber: "A-1", articleName: "Kaffekopp blå" });
    expect(again.body.articleSystemId).toBe(first.body.articleSystemId);
    expect(again.body.message).toBe("Article A-1 Kaffekopp blå Updated/Created");
    const got = (await t.call("GET", `/articles/${first.body.articleSystemId}`)).body;
    expect(got).toMatchObject({ articleNumber: "A-1", articleName: "Kaffekopp blå", weight: 0.4 });
    expect(got.inventoryInfo.numberOfItems).toBe(0);
  });

  it("books, allocates and ships stock as the order moves", async () => {
    t.sim.control.setStock("A-1", 10);
    const id = (
      await t.call("PUT", "/orders", {
        goodsOwnerId: GO,
        orderNumber: "O-1",
        deliveryDate: "2025-03-02",
        consignee: { name: "N", address1: "A", postCode: "1", city: "C", countryCode: "SE" },
        orderLines: [{ rowNumber: "1", articleNumber: "A-1", numberOfItems: 3 }],
      })
    ).body.orderId;
    const stock = async () => (await t.call("GET", `/articles?goodsOwnerId=${GO}&articleNumbers=A-1`)).body[0].inventoryInfo;
    expect(await stock()).toMatchObject({ numberOfItems: 10, numberOfBookedItems: 3, sellableNumberOfItems: 7 });
    t.sim.control.allocate(id);
    expect(await stock()).toMatchObject({ allocatedNumberOfItems: 3, numberOfBookedItems: 0, sellableNumberOfItems: 7 });
    t.sim.control.ship(id);
    expect(await stock()).toMatchObject({ numberOfItems: 7, allocatedNumberOfItems: 0, sellableNumberOfItems: 7 });
  });

  it("pages articles by articleSystemIdFrom + maxArticlesToGet", async () => {
    for (let i = 1; i <= 5; i++) await t.call("PUT", "/articles", { goodsOwnerId: GO, articleNumber: `P-${i}`, articleName: `Artikel ${i}` });
    const first = (await t.call("GET", `/articles?goodsOwnerId=${GO}&articleSystemIdFrom=0&maxArticlesToGet=3`)).body;
    expect(first.map((a: { articleNumber: string }) => a.articleNumber)).toEqual(["P-1", "P-2", "P-3"]);
    const next = first.at(-1).articleSystemId + 1;
    const second = (await t.call("GET", `/articles?goodsOwnerId=${GO}&articleSystemIdFrom=${next}&maxArticlesToGet=3`)).body;
    expect(second.map((a: { articleNumber: string }) => a.articleNumber)).toEqual(["P-4", "P-5"]);
  });

  it("answers stock changed since a time, but not further back than 24 hours", async () => {
    t.sim.control.setStock("A-1", 1);
    t.sim.control.setStock("A-2", 1);
    clock.advance(60_000);
    const since = clock.now().toISOString();
    clock.advance(1_000);
    t.sim.control.setStock("A-2", 5);
    const changed = (await t.call("GET", `/articles?goodsOwnerId=${GO}&stockInfoChangedFrom=${encodeURIComponent(since)}`)).body;
    expect(changed.map((a: { articleNumber: string }) => a.articleNumber)).toEqual(["A-2"]);
    const old = new Date(clock.now().getTime() - 25 * 3600_000).toISOString();
    expect((await t.call("GET", `/articles?goodsOwnerId=${GO}&stockInfoChangedFrom=${encodeURIComponent(old)}`)).status).toBe(400);
  });

  it("lists transporter contracts and warehouses for discovery", async () => {
    const contracts = (await t.call("GET", `/transporterContracts?goodsOwnerId=${GO}`)).body;
    expect(contracts.map((c: { transporterCode: string }) => c.transporterCode)).toEqual(["SBTL", "PLAB"]);
    const warehouses = (await t.call("GET", "/warehouses")).body;
    expect(warehouses[0]).toMatchObject({ id: 1, code: "SBX" });
  });
});
