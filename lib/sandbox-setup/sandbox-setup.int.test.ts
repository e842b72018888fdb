import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { serveFetchHandler, type RunningServer } from "@/lib/sandbox/http-server";
import { isSandboxSpaceKey, isSandboxSystem, sandboxSpace } from "@/lib/sandbox/registry";
import { findTenantSandbox } from "./find";
import { moveSandboxOrders } from "./move-orders";
import { commandSandboxWarehouse, createSandboxOrders, sandboxSnapshot } from "./orders";
import { startSandbox } from "./setup";

let app: RunningServer;

beforeAll(async () => {
  // Plays the app's /sandbox/t/<space>/<system>/… route, and is the APP_URL the setup points at.
  app = await serveFetchHandler(async (request) => {
    const [, , , space = "", system = ""] = new URL(request.url).pathname.split("/");
    if (!isSandboxSpaceKey(space) || !isSandboxSystem(system)) return new Response("not found", { status: 404 });
    return sandboxSpace(space)[system].handle(request);
  });
  process.env.APP_URL = app.url;
  process.env.SANDBOX_ENABLED = "true";
});
afterAll(async () => {
  await app.close();
});

describe("Try it with the sandbox", () => {
  it("links a tenant's own sandbox shop and warehouse in one go, moves orders without a worker, and ships one back to the shop", async () => {
    const { tenantId } = await signUpOwner("Sandbox Tester");
    const { linkId, created } = await startSandbox(tenantId);
    expect(created).toBe(true);
    expect(await startSandbox(tenantId)).toEqual({ linkId, created: false });
    const sandbox = (await findTenantSandbox(tenantId))!;
    expect(sandbox.linkId).toBe(linkId);
    expect(sandbox.space).toMatch(/^[a-z0-9]+$/);
    expect(sandboxSnapshot(sandbox.space).shop).toHaveLength(3);

    const first = await moveSandboxOrders(tenantId, linkId, { deliveryPath: "none" });
    expect(first.via).toBe("inline");
    let snapshot = sandboxSnapshot(sandbox.space);
    expect(snapshot.warehouse).toHaveLength(3);
    expect(snapshot.shop.every((o) => o.status === "5.1")).toBe(true);

    const target = snapshot.warehouse[0]!;
    commandSandboxWarehouse(sandbox.space, target.externalId, "ship");
    await moveSandboxOrders(tenantId, linkId, { deliveryPath: "none" });
    snapshot = sandboxSnapshot(sandbox.space);
    expect(snapshot.shop.find((o) => String(o.id) === target.externalId)?.status).toBe("7");
    expect(sandboxSpace(sandbox.space).plentymarkets.control.packages(Number(target.externalId))).toHaveLength(1);
    const rows = await withTenant(tenantId, (tx) => tx.select().from(orders).where(eq(orders.linkId, linkId)));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.sourceRef === target.externalId)?.status).toBe("shipped");

    // A new order arrives on the next move; another tenant's sandbox never sees it.
    createSandboxOrders(sandbox.space, 1);
    await moveSandboxOrders(tenantId, linkId, { deliveryPath: "none" });
    expect(await withTenant(tenantId, (tx) => tx.select().from(orders).where(eq(orders.linkId, linkId)))).toHaveLength(4);
    const other = await signUpOwner("Other Sandbox");
    const theirs = await startSandbox(other.tenantId);
    await moveSandboxOrders(other.tenantId, theirs.linkId, { deliveryPath: "none" });
    expect(await withTenant(other.tenantId, (tx) => tx.select().from(orders).where(eq(orders.linkId, theirs.linkId)))).toHaveLength(3);
  });

  it("leaves the work to the background worker where one delivers", async () => {
    const { tenantId } = await signUpOwner("Worker Tester");
    const { linkId } = await startSandbox(tenantId);
    expect(await moveSandboxOrders(tenantId, linkId, { deliveryPath: "local_worker" })).toEqual({ via: "local_worker", handled: 0 });
    const sandbox = (await findTenantSandbox(tenantId))!;
    expect(sandboxSnapshot(sandbox.space).warehouse).toHaveLength(0);
  });
});
