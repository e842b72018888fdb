import { afterEach, describe, expect, it } from "vitest";
import { startSimulator } from "./testing";

type Sim = Awaited<ReturnType<typeof startSimulator>>;
let sim: Sim;
afterEach(async () => sim?.close());

describe("plentymarkets simulator: login, refresh, expiry", () => {
  it("logs a backend user in and answers the token in snake_case", async () => {
    sim = await startSimulator();
    const { res, body } = await sim.login();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 86_400 });
    expect(typeof body.access_token).toBe("string");
    expect(typeof body.refresh_token).toBe("string");
    const orders = await sim.call("GET", "/rest/orders", String(body.access_token));
    expect(orders.status).toBe(200);
  });

  it("refuses a wrong password with 401 invalid_credentials", async () => {
    sim = await startSimulator();
    const { res, body } = await sim.login("lagerbro-api", "wrong");
    expect(res.status).toBe(401);
    expect(body.error).toBe("invalid_credentials");
  });

  it("accepts the credentials as query parameters, as older docs show", async () => {
    sim = await startSimulator();
    const res = await fetch(`${sim.base}/rest/login?username=lagerbro-api&password=sandbox-passwort`, { method: "POST" });
    expect(res.status).toBe(200);
  });

  it("answers 401 without a token and with an unknown one", async () => {
    sim = await startSimulator();
    expect((await fetch(`${sim.base}/rest/orders`)).status).toBe(401);
    expect((await sim.call("GET", "/rest/orders", "not-a-token")).status).toBe(401);
  });

  it("expires the access token after expires_in and refreshes it once per refresh token", async () => {
    sim = await startSimulator();
    const { body } = await sim.login();
    const access = String(body.access_token);
    sim.control.advanceTime(86_399_000);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(200);
    sim.control.advanceTime(2_000);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(401);

    const refresh = async () =>
      fetch(`${sim.base}/rest/login/refresh`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ refresh_token: body.refresh_token }),
      });
    const first = await refresh();
    expect(first.status).toBe(200);
    const data = (await first.json()) as Record<string, unknown>;
    expect(data).toMatchObject({ tokenType: "Bearer", expiresIn: 86_400 });
    expect((await sim.call("GET", "/rest/orders", String(data.accessToken))).status).toBe(200);
    expect((await refresh()).status).toBe(401);
  });

  it("kills every issued token when the expired-tokens switch goes on, but lets a new login work", async () => {
    sim = await startSimulator();
    const old = await sim.token();
    sim.control.setFaults({ expireTokens: true });
    expect((await sim.call("GET", "/rest/orders", old)).status).toBe(401);
    const fresh = await sim.token();
    expect((await sim.call("GET", "/rest/orders", fresh)).status).toBe(200);
  });

  it("an expired-token fault kills a token in use, never a login or a fresh token, and counts as injected", async () => {
    sim = await startSimulator({ faults: { expiredTokenRate: 1 } });
    const access = await sim.token();
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(200);
    expect(sim.control.faults.injected["expired-token"]).toBe(0);
    sim.control.advanceTime(5_000);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(401);
    sim.control.setFaults({ expiredTokenRate: 0 });
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(401);
    expect((await sim.call("GET", "/rest/orders", await sim.token())).status).toBe(200);
    expect(sim.control.faults.injected["expired-token"]).toBe(1);
  });

  it("revokes the token on logout", async () => {
    sim = await startSimulator();
    const access = await sim.token();
    expect((await sim.call("POST", "/rest/logout", access)).status).toBe(200);
    expect((await sim.call("GET", "/rest/orders", access)).status).toBe(401);
  });

  it("serves under its base path only", async () => {
    sim = await startSimulator({ basePath: "/sandbox/plentymarkets" });
    expect((await sim.login()).res.status).toBe(200);
    const outside = await fetch(`${sim.server.url}/rest/login`, { method: "POST" });
    expect(outside.status).toBe(404);
  });
});
