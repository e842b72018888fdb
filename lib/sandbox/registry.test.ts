import { describe, expect, it } from "vitest";
import { DEFAULT_TOKEN as RACKBEAT_TOKEN } from "./rackbeat";
import { isSandboxSpaceKey, isSandboxSystem, SANDBOX_SYSTEMS, sandboxSimulators, sandboxSpace } from "./registry";
import { DEFAULT_TOKEN as WEBSHIPPER_TOKEN } from "./webshipper";

describe("sandbox registry", () => {
  it("mounts each simulator under /sandbox/<system>", async () => {
    const sims = sandboxSimulators();
    expect(sandboxSimulators()).toBe(sims);
    const login = await sims.plentymarkets.handle(new Request("http://app.test/sandbox/plentymarkets/rest/login", { method: "POST", body: JSON.stringify({ username: "nobody", password: "wrong" }), headers: { "content-type": "application/json" } }));
    expect(login.status).toBe(401);
    const wemalo = await sims.wemalo.handle(new Request("http://app.test/sandbox/wemalo/v1/goodsOrder/all", { headers: { authorization: "JWT wrong" } }));
    expect(wemalo.status).toBe(401);
    const ongoing = await sims.ongoing.handle(new Request("http://app.test/sandbox/ongoing/sandbox/api/v1/orders"));
    expect(ongoing.status).toBe(401);
  });

  it("serves Webshipper, Rackbeat and Vendre under their own paths, each with its own token", async () => {
    const sims = sandboxSimulators();
    const ws = (token: string) => sims.webshipper.handle(new Request(`${sims.webshipper.control.baseUrl("http://app.test")}/shipping_rates`, { headers: { authorization: `Bearer ${token}`, accept: "application/vnd.api+json" } }));
    expect((await ws("wrong")).status).toBe(401);
    expect(await (await ws(WEBSHIPPER_TOKEN)).json()).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ type: "shipping_rates" })]) });
    expect(sims.webshipper.control.baseUrl("http://app.test")).toBe("http://app.test/sandbox/webshipper/sandbox/v2");

    const rb = (token: string) => sims.rackbeat.handle(new Request("http://app.test/sandbox/rackbeat/api/delivery-terms", { headers: { authorization: `Bearer ${token}` } }));
    expect((await rb("wrong")).status).toBe(401);
    expect(await (await rb(RACKBEAT_TOKEN)).json()).toMatchObject({ delivery_terms: expect.arrayContaining([expect.objectContaining({ name: "GLS Erhverv" })]) });

    const vendre = await sims.vendre.handle(new Request(`${sims.vendre.control.baseUrl("http://app.test")}/orders`, { headers: { "x-authorization": "wrong" } }));
    expect(vendre.status).toBe(401);
    expect(SANDBOX_SYSTEMS).toEqual(expect.arrayContaining(["webshipper", "rackbeat", "vendre"]));
  });

  it("knows only its systems", () => {
    expect(isSandboxSystem("wemalo")).toBe(true);
    expect(isSandboxSystem("webshipper")).toBe(true);
    expect(isSandboxSystem("../etc")).toBe(false);
  });
});

describe("sandbox spaces", () => {
  it("gives each space its own simulators under /sandbox/t/<space>", async () => {
    const a = sandboxSpace("spacetesta1");
    expect(sandboxSpace("spacetesta1")).toBe(a);
    expect(sandboxSpace("spacetestb2")).not.toBe(a);
    a.plentymarkets.control.createOrder();
    expect(a.plentymarkets.control.orderIds()).toHaveLength(1);
    expect(sandboxSpace("spacetestb2").plentymarkets.control.orderIds()).toHaveLength(0);
    const login = await a.plentymarkets.handle(new Request("http://app.test/sandbox/t/spacetesta1/plentymarkets/rest/login", { method: "POST", body: JSON.stringify({ username: "nobody", password: "wrong" }), headers: { "content-type": "application/json" } }));
    expect(login.status).toBe(401);
  });

  it("refuses keys that are not safe in a path", () => {
    expect(isSandboxSpaceKey("../../etc")).toBe(false);
    expect(() => sandboxSpace("UPPER")).toThrow();
  });
});
