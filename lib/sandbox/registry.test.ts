import { describe, expect, it } from "vitest";
import { isSandboxSpaceKey, isSandboxSystem, sandboxSimulators, sandboxSpace } from "./registry";

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

  it("knows only its systems", () => {
    expect(isSandboxSystem("wemalo")).toBe(true);
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
