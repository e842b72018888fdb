import { afterEach, describe, expect, it } from "vitest";
import { isPartnerError, type PartnerError } from "@/lib/http/errors";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { createWemaloSimulator, SANDBOX_WEMALO_TOKEN, type WemaloSimulator, type WemaloSimulatorOptions } from "@/lib/sandbox/wemalo";
import { canonicalOrder, catalog } from "./fixtures";
import { wemaloConnector } from "./index";
import { createWemaloRateLimitPolicy } from "./rate-limit";
import { wemaloTestContext, type TestContextOptions } from "./testing";

const warehouse = wemaloConnector.warehouse!;
let sim: WemaloSimulator;
let server: RunningServer;

async function start(options: WemaloSimulatorOptions = {}, context: Partial<TestContextOptions> = {}) {
  sim = createWemaloSimulator({ seed: 11, ...options });
  server = await serveFetchHandler(sim.handle);
  return wemaloTestContext({ apiUrl: `${server.url}/sandbox/wemalo/v1`, apiToken: SANDBOX_WEMALO_TOKEN, ...context });
}

async function failure(promise: Promise<unknown>): Promise<PartnerError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isPartnerError(error)) throw new Error(`expected a PartnerError, got ${String(error)}`);
  return error;
}

afterEach(() => server.close());

describe("wemalo connector against the simulator: failures", () => {
  it("asks the merchant for a new key when wemalo rejects it", async () => {
    const ctx = await start({}, { apiToken: "wrong-key" });
    const error = await failure(wemaloConnector.testConnection(ctx));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected", status: 401 });
    expect(error.message).toContain("create a new key");
    expect(ctx.requestLog.entries.every((e) => e.requestHeaders.authorization === "[redacted]")).toBe(true);
  });

  it("reports an expired key, and works again with the key the merchant makes next", async () => {
    const ctx = await start();
    await warehouse.upsertProducts!(ctx, { products: catalog });
    sim.control.setFaults({ expireTokens: true });
    const error = await failure(warehouse.submitOrder(ctx, { order: canonicalOrder() }));
    expect(error).toMatchObject({ kind: "needs_merchant", reason: "credentials_rejected" });
    expect(error.message).toContain("jwt expired");
    sim.control.setFaults({ expireTokens: false });

    // wemalo has no refresh: re-authenticating means a new REST key from wemalo-connect.
    const fresh = wemaloTestContext({ apiUrl: ctx.credentials.apiUrl, apiToken: sim.control.issueToken("sandbox-shop") });
    expect((await warehouse.submitOrder(fresh, { order: canonicalOrder() })).created).toBe(true);
  });

  it("waits out wemalo's 419 and goes on", async () => {
    const ctx = await start({ rateLimit: { maxCalls: 1, windowMs: 300 } }, { rateLimitPolicy: createWemaloRateLimitPolicy(300) });
    // Another client of the same key spends the window.
    await fetch(`${ctx.credentials.apiUrl}/webhook`, { headers: { authorization: `JWT ${SANDBOX_WEMALO_TOKEN}` } });
    const started = Date.now();
    expect((await wemaloConnector.testConnection(ctx)).account.name).toBe("sandbox-shop");
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const limited = ctx.requestLog.entries.filter((e) => e.status === 419);
    expect(limited[0]).toMatchObject({ error: "rate limited, waiting 300ms", errorKind: "transient" });
  });

  it("slows down before the limit when no calls are left", async () => {
    const ctx = await start({ rateLimit: { maxCalls: 2, windowMs: 300 } }, { rateLimitPolicy: createWemaloRateLimitPolicy(300) });
    const started = Date.now();
    for (let i = 0; i < 3; i++) await warehouse.getOrderStatus!(ctx, { order: { sourceRef: "s", orderNumber: `n-${i}` } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(ctx.requestLog.entries.some((e) => e.status === 419)).toBe(false);
  });

  it("classifies a malformed answer instead of crashing", async () => {
    const ctx = await start({ faults: { malformedRate: 1 } });
    const error = await failure(wemaloConnector.testConnection(ctx));
    expect(error).toMatchObject({ kind: "transient", reason: "malformed_response", attempts: 4 });
    const listing = await failure(warehouse.listChanges(ctx, { cursor: null }));
    expect(listing.reason).toBe("malformed_response");
  });

  it("retries a 5xx and a hanging answer, then gives up as transient", async () => {
    const ctx = await start({ faults: { serverErrorRate: 1 } });
    expect(await failure(warehouse.getOrderStatus!(ctx, { order: { sourceRef: "s", orderNumber: "1" } }))).toMatchObject({ kind: "transient", reason: "server_error", attempts: 4 });
    await server.close();

    const slow = await start({ faults: { timeoutRate: 1 }, hangMs: 3_000 }, { timeoutMs: 100 });
    expect(await failure(warehouse.getOrderStatus!(slow, { order: { sourceRef: "s", orderNumber: "1" } }))).toMatchObject({ kind: "transient", reason: "timeout" });
  });

  it("refuses a cursor it did not write", async () => {
    const ctx = await start();
    expect(await failure(warehouse.listChanges(ctx, { cursor: "page=3" }))).toMatchObject({ kind: "permanent" });
  });
});
