import { describe, expect, it } from "vitest";
import { isSandboxSystem, sandboxSimulators } from "./registry";

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
