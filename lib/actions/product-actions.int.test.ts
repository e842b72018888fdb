import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { withTenant } from "@/db";
import { exceptions, links, outbox, type MemberRole } from "@/db/schema";
import { seedOrders, tenantWithLink } from "@/lib/orders-query/testing";
import { raiseException } from "@/lib/pipeline/exceptions";
import { SYNC_EVENTS, syncSettingsOf } from "@/lib/products";
import type { TenantContext } from "@/lib/session/current";
import { idle } from "./action-state";

// The actions resolve the session through getTenantContext; here it is whoever the test says.
vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/lib/session/current", () => ({ getTenantContext: vi.fn() }));
const { getTenantContext } = await import("@/lib/session/current");
const { createProductAndRetryAction, syncProductsNowAction, syncStockNowAction, updateProductSettingsAction } = await import("./product-actions");

type World = { tenantId: string; userId: string; linkId: string };
let a: World;
let b: World;
let aException: string;

function actAs(world: World, role: MemberRole) {
  const tenant = { id: world.tenantId, name: "Team", role };
  vi.mocked(getTenantContext).mockResolvedValue({ user: { id: world.userId, email: "someone@example.test", name: null }, tenant, role, tenants: [tenant] } satisfies TenantContext);
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

async function syncEvents(tenantId: string) {
  const rows = await withTenant(tenantId, (tx) => tx.select({ name: outbox.name, data: outbox.data }).from(outbox).where(eq(outbox.tenantId, tenantId)));
  return rows.filter((r) => r.name === SYNC_EVENTS.productSyncRequested || r.name === SYNC_EVENTS.stockSyncRequested);
}

async function settingsOf(world: World) {
  const [row] = await withTenant(world.tenantId, (tx) => tx.select({ settings: links.settings }).from(links).where(eq(links.id, world.linkId)));
  return syncSettingsOf(row!.settings);
}

beforeAll(async () => {
  a = await tenantWithLink("Actions A");
  b = await tenantWithLink("Actions B");
  const [orderId] = await seedOrders(a.tenantId, a.linkId, [{ orderNumber: "SKU-1", receivedAt: new Date(), status: "exception" }]);
  await withTenant(a.tenantId, (tx) => raiseException(tx, a.tenantId, { linkId: a.linkId, orderId: orderId!, kind: "unknown_sku", message: "No warehouse SKU is mapped for MUG-RED." }));
  const [row] = await withTenant(a.tenantId, (tx) => tx.select({ id: exceptions.id }).from(exceptions).where(and(eq(exceptions.orderId, orderId!), eq(exceptions.kind, "unknown_sku"))));
  aException = row!.id;
});

beforeEach(() => vi.mocked(getTenantContext).mockReset());

describe("sync now", () => {
  it("asks for a product sync and a stock sync of the member's own link", async () => {
    actAs(a, "member");
    expect(await syncProductsNowAction(idle, form({ linkId: a.linkId }))).toMatchObject({ status: "success", message: expect.stringMatching(/Product sync requested/) });
    expect(await syncStockNowAction(idle, form({ linkId: a.linkId }))).toMatchObject({ status: "success", message: expect.stringMatching(/Stock sync requested/) });
    const events = await syncEvents(a.tenantId);
    expect(events.map((e) => e.name).sort()).toEqual([SYNC_EVENTS.productSyncRequested, SYNC_EVENTS.stockSyncRequested].sort());
    expect(events[0]!.data).toMatchObject({ tenantId: a.tenantId, linkId: a.linkId, requestedBy: a.userId });
  });

  it("gives a member of another team nothing: no event, the link does not exist for them", async () => {
    const before = (await syncEvents(a.tenantId)).length;
    actAs(b, "owner");
    for (const action of [syncProductsNowAction, syncStockNowAction]) {
      expect(await action(idle, form({ linkId: a.linkId }))).toMatchObject({ status: "error", message: "That link does not exist in this team." });
    }
    expect(await syncEvents(a.tenantId)).toHaveLength(before);
    expect(await syncEvents(b.tenantId)).toHaveLength(0);
  });

  it("says so when the link's sync is switched off, and asks for nothing", async () => {
    const off = await tenantWithLink("Actions Off");
    await withTenant(off.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop", stockSync: false, productSync: false } }).where(eq(links.id, off.linkId)));
    actAs(off, "owner");
    expect(await syncStockNowAction(idle, form({ linkId: off.linkId }))).toMatchObject({ status: "error", message: expect.stringMatching(/Stock sync is switched off/) });
    expect(await syncProductsNowAction(idle, form({ linkId: off.linkId }))).toMatchObject({ status: "error", message: expect.stringMatching(/Product sync is switched off/) });
    expect(await syncEvents(off.tenantId)).toHaveLength(0);
  });
});

describe("products and stock settings", () => {
  const valid = { stockBuffer: "3", stockSync: "on", unknownSkuPolicy: "create_and_resend" };

  it("are saved by an admin, keeping the link's other settings", async () => {
    actAs(a, "admin");
    const result = await updateProductSettingsAction(idle, form({ linkId: a.linkId, ...valid }));
    expect(result).toMatchObject({ status: "success", message: expect.stringMatching(/3 fewer/) });
    expect(await settingsOf(a)).toEqual({ stockBuffer: 3, stockSync: true, productSync: false, unknownSkuPolicy: "create_and_resend" });
    const [row] = await withTenant(a.tenantId, (tx) => tx.select({ settings: links.settings }).from(links).where(eq(links.id, a.linkId)));
    expect(row!.settings).toMatchObject({ scheduleMinutes: 5, customerEmailBy: "shop" });
  });

  it("refuse a bad buffer beside its field and store nothing", async () => {
    actAs(a, "owner");
    const result = await updateProductSettingsAction(idle, form({ linkId: a.linkId, ...valid, stockBuffer: "-4", productSync: "on" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { stockBuffer: expect.stringMatching(/whole number/) }, values: { stockBuffer: "-4" } });
    expect((await settingsOf(a)).stockBuffer).toBe(3);
  });

  it("cannot be changed by a member, nor by another team's owner", async () => {
    actAs(a, "member");
    expect(await updateProductSettingsAction(idle, form({ linkId: a.linkId, ...valid, stockBuffer: "9" }))).toMatchObject({ status: "error", message: expect.stringMatching(/admin role/) });
    actAs(b, "owner");
    expect(await updateProductSettingsAction(idle, form({ linkId: a.linkId, ...valid, stockBuffer: "9" }))).toMatchObject({ status: "error", message: "That link does not exist in this team." });
    expect((await settingsOf(a)).stockBuffer).toBe(3);
  });
});

describe("create product and retry", () => {
  it("does nothing for another team's problem", async () => {
    actAs(b, "owner");
    const result = await createProductAndRetryAction(idle, form({ createFor: aException }));
    expect(result).toMatchObject({ status: "error", message: expect.stringMatching(/None of the chosen problems/) });
    const [row] = await withTenant(a.tenantId, (tx) => tx.select({ status: exceptions.status }).from(exceptions).where(eq(exceptions.id, aException)));
    expect(row!.status).toBe("open");
  });

  it("asks to choose when nothing was chosen", async () => {
    actAs(a, "member");
    expect(await createProductAndRetryAction(idle, form({}))).toMatchObject({ status: "error", message: "Choose at least one unknown-SKU problem." });
  });
});
