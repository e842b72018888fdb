import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { outbox } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { enqueue } from "./enqueue";

describe("enqueue", () => {
  it("writes the event once per key", async () => {
    const { tenantId } = await signUpOwner();
    const key = `test:${randomUUID()}`;
    const first = await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name: "order.received", data: { n: 1 }, key }));
    const second = await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name: "order.received", data: { n: 2 }, key }));
    expect([first, second]).toEqual([true, false]);
    const rows = await withTenant(tenantId, (tx) => tx.select().from(outbox).where(eq(outbox.idempotencyKey, key)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "order.received", data: { n: 1 }, sentAt: null, attempts: 0 });
  });

  it("lives and dies with the caller's transaction", async () => {
    const { tenantId } = await signUpOwner();
    const key = `test:${randomUUID()}`;
    await expect(
      withTenant(tenantId, async (tx) => {
        await enqueue(tx, tenantId, { name: "order.received", data: {}, key });
        throw new Error("the change it announces failed");
      }),
    ).rejects.toThrow(/failed/);
    expect(await withTenant(tenantId, (tx) => tx.select().from(outbox).where(eq(outbox.idempotencyKey, key)))).toHaveLength(0);
  });

  it("keeps a delayed event for later and refuses another tenant's id", async () => {
    const { tenantId } = await signUpOwner();
    const other = await signUpOwner();
    const later = new Date(Date.now() + 60_000);
    const key = `test:${randomUUID()}`;
    await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name: "order.received", data: {}, key, availableAt: later }));
    const [row] = await withTenant(tenantId, (tx) => tx.select().from(outbox).where(eq(outbox.idempotencyKey, key)));
    expect(row?.availableAt.getTime()).toBe(later.getTime());
    await expect(withTenant(tenantId, (tx) => enqueue(tx, other.tenantId, { name: "x", data: {}, key: `test:${randomUUID()}` }))).rejects.toThrow();
  });
});
