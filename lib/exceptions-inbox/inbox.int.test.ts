import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { seedOrders, tenantWithLink } from "@/lib/orders-query/testing";
import { raiseException } from "@/lib/pipeline/exceptions";
import { listOpenExceptions } from "./list-open-exceptions";
import { retryExceptions } from "./retry-exceptions";

let a: { tenantId: string; linkId: string; orderIds: string[] };
let b: { tenantId: string; linkId: string; orderIds: string[] };

async function retryEvents(tenantId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(outbox).where(and(eq(outbox.tenantId, tenantId), eq(outbox.name, "order.retry.requested"))));
}

beforeAll(async () => {
  const t = await tenantWithLink("Inbox A");
  const orderIds = await seedOrders(
    t.tenantId,
    t.linkId,
    ["E-1", "E-2", "E-3"].map((orderNumber, i) => ({ orderNumber, receivedAt: new Date(Date.UTC(2026, 10, 10, i)), status: "exception" as const, customer: { firstName: "Ola", lastName: `Nord${i}` } })),
  );
  a = { ...t, orderIds };
  await withTenant(a.tenantId, async (tx) => {
    await raiseException(tx, a.tenantId, { linkId: a.linkId, orderId: orderIds[0]!, kind: "unknown_sku", message: "No warehouse SKU is mapped for MUG-RED." });
    await raiseException(tx, a.tenantId, { linkId: a.linkId, orderId: orderIds[1]!, kind: "unknown_sku", message: "No warehouse SKU is mapped for MUG-RED." });
    await raiseException(tx, a.tenantId, { linkId: a.linkId, orderId: orderIds[2]!, kind: "bad_address", message: "The delivery address lacks postal code." });
    await raiseException(tx, a.tenantId, { linkId: a.linkId, kind: "credentials_rejected", message: "wemalo refused the API token." });
  });
  const tb = await tenantWithLink("Inbox B");
  const bIds = await seedOrders(tb.tenantId, tb.linkId, [{ orderNumber: "E-1", receivedAt: new Date(), status: "exception" }]);
  b = { ...tb, orderIds: bIds };
  await withTenant(b.tenantId, (tx) => raiseException(tx, b.tenantId, { linkId: b.linkId, orderId: bIds[0]!, kind: "unknown_sku", message: "B's problem" }));
});

describe("listOpenExceptions", () => {
  it("groups the tenant's open problems by kind, with their order and link", async () => {
    const groups = await listOpenExceptions(a.tenantId);
    expect(groups.map((g) => [g.kind, g.items.length, g.total])).toEqual([
      ["bad_address", 1, 1],
      ["unknown_sku", 2, 2],
      ["credentials_rejected", 1, 1],
    ]);
    const sku = groups.find((g) => g.kind === "unknown_sku")!;
    expect(sku.items.map((i) => i.order?.orderNumber)).toEqual(["E-1", "E-2"]);
    expect(sku.items[0]).toMatchObject({ link: { name: "Shop → wemalo" }, order: { customerName: "Ola Nord0", status: "exception" } });
    expect(groups.find((g) => g.kind === "credentials_rejected")!.items[0]!.order).toBeNull();
    expect(groups.flatMap((g) => g.items).some((i) => i.message === "B's problem")).toBe(false);
  });
});

describe("retryExceptions", () => {
  it("asks for one retry per chosen order, skips link-level problems and other tenants' ids", async () => {
    const groups = await listOpenExceptions(a.tenantId);
    const all = groups.flatMap((g) => g.items);
    const [bException] = (await listOpenExceptions(b.tenantId)).flatMap((g) => g.items);
    const before = (await retryEvents(a.tenantId)).length;
    const result = await retryExceptions(a.tenantId, [...all.map((i) => i.id), bException!.id, "not-an-id"], "user-1");
    expect(result.requested).toBe(3);
    const events = await retryEvents(a.tenantId);
    expect(events.length - before).toBe(3);
    expect(new Set(events.map((e) => (e.data as { orderId: string }).orderId))).toEqual(new Set(a.orderIds));
    expect(await retryEvents(b.tenantId)).toHaveLength(0);
    expect(await retryExceptions(b.tenantId, all.map((i) => i.id))).toEqual({ requested: 0, skipped: all.length });
  });
});
