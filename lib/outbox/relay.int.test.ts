import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withSystem, withTenant } from "@/db";
import { deliveryHeartbeats, outbox } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { currentDeliveryMode, recordHeartbeat } from "./delivery-mode";
import { enqueue } from "./enqueue";
import { relayOutbox, type RelayedEvent } from "./relay";
import { claimDueRows, CLAIM_LEASE_MS } from "./relay-store";

let tenantA: string;
let tenantB: string;
beforeAll(async () => {
  tenantA = (await signUpOwner("Relay A")).tenantId;
  tenantB = (await signUpOwner("Relay B")).tenantId;
});

async function put(tenantId: string, name: string): Promise<string> {
  const key = `test:${randomUUID()}`;
  await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name, data: { tenantId, linkId: randomUUID() }, key }));
  return key;
}

async function rowsFor(keys: string[]) {
  return withSystem((tx) => tx.select().from(outbox).where(inArray(outbox.idempotencyKey, keys)));
}

/** A stand-in for Inngest: unreachable for the first `failures` calls, then it keeps what it gets. */
function fakeInngest(failures: number) {
  const received: RelayedEvent[] = [];
  let calls = 0;
  return {
    received,
    calls: () => calls,
    send: async (events: RelayedEvent[]) => {
      calls++;
      if (calls <= failures) throw new Error("fetch failed: connect ECONNREFUSED 127.0.0.1:8288");
      received.push(...events);
    },
  };
}

describe("outbox relay", () => {
  it("keeps the events while Inngest is unreachable and sends each of them once it is back, across tenants", async () => {
    const keys = [await put(tenantA, "order.received"), await put(tenantB, "link.intake.requested"), await put(tenantA, "shipment.created")];
    // Each failed pass makes two calls: the batch, then its first event alone.
    const inngest = fakeInngest(4);
    let clock = Date.now() + 1_000;
    const now = () => new Date(clock);

    const first = await relayOutbox(inngest.send, { now });
    expect(first.failed).toBeGreaterThanOrEqual(3);
    expect(first.error).toMatch(/ECONNREFUSED/);
    let rows = await rowsFor(keys);
    expect(rows.every((row) => row.sentAt === null && row.attempts === 1 && /ECONNREFUSED/.test(row.lastError ?? ""))).toBe(true);
    expect(rows.every((row) => row.availableAt.getTime() > clock)).toBe(true);

    // Not due yet: backoff holds the rows back.
    const early = await relayOutbox(inngest.send, { now });
    expect(early.claimed).toBe(0);
    expect(inngest.calls()).toBe(2);

    clock += 60_000;
    await relayOutbox(inngest.send, { now });
    rows = await rowsFor(keys);
    expect(rows.every((row) => row.sentAt === null && row.attempts === 2)).toBe(true);

    clock += 10 * 60_000;
    const ok = await relayOutbox(inngest.send, { now });
    expect(ok.error).toBeUndefined();
    rows = await rowsFor(keys);
    expect(rows.every((row) => row.sentAt !== null && row.lastError === null)).toBe(true);
    const mine = inngest.received.filter((event) => keys.includes(event.id));
    expect(mine.map((event) => event.id).sort()).toEqual([...keys].sort());
    expect(mine.find((event) => event.name === "link.intake.requested")?.data.tenantId).toBe(tenantB);

    clock += 10 * 60_000;
    await relayOutbox(inngest.send, { now });
    expect(inngest.received.filter((event) => keys.includes(event.id))).toHaveLength(3);
  });

  it("loses nothing when the relay dies after claiming: the rows come back after the lease, under the same event id", async () => {
    const key = await put(tenantA, "order.received");
    const start = Date.now() + 1_000;
    const claimed = await claimDueRows(1_000, new Date(start));
    expect(claimed.map((row) => row.idempotencyKey)).toContain(key);
    // ...the process dies here, before sending or marking.

    const inngest = fakeInngest(0);
    const during = await relayOutbox(inngest.send, { now: () => new Date(start + 1_000) });
    expect(inngest.received.map((event) => event.id)).not.toContain(key);
    expect(during.sent).toBe(inngest.received.length);

    await relayOutbox(inngest.send, { now: () => new Date(start + CLAIM_LEASE_MS + 1_000) });
    expect(inngest.received.filter((event) => event.id === key)).toHaveLength(1);
    const [row] = await rowsFor([key]);
    expect(row?.sentAt).not.toBeNull();
  });

  it("one event Inngest refuses does not hold back the others in its batch", async () => {
    const keys = [await put(tenantA, "order.received"), await put(tenantA, "order.too-large"), await put(tenantB, "order.received")];
    const received: RelayedEvent[] = [];
    const picky = async (events: RelayedEvent[]) => {
      if (events.some((event) => event.name === "order.too-large")) throw new Error("Inngest API error: 400 event too large");
      received.push(...events);
    };
    const result = await relayOutbox(picky, { now: () => new Date(Date.now() + 1_000), tenantId: tenantA });
    expect(result).toMatchObject({ claimed: 2, sent: 1, failed: 1 });
    const rows = await rowsFor(keys);
    const byKey = (key: string) => rows.find((row) => row.idempotencyKey === key)!;
    expect(byKey(keys[0]!).sentAt).not.toBeNull();
    expect(byKey(keys[1]!)).toMatchObject({ sentAt: null, attempts: 1, lastError: "Inngest API error: 400 event too large" });
    // Scoped to tenant A: tenant B's row was not touched.
    expect(byKey(keys[2]!)).toMatchObject({ sentAt: null, attempts: 0 });
    expect(received.map((event) => event.id)).toEqual([keys[0]]);
  });

  it("with Inngest down, a failed batch costs one more call, not one per event", async () => {
    const keys = [await put(tenantA, "order.received"), await put(tenantA, "order.received"), await put(tenantA, "order.received")];
    let calls = 0;
    const down = async () => {
      calls++;
      throw new Error("fetch failed");
    };
    const result = await relayOutbox(down, { now: () => new Date(Date.now() + 1_000), tenantId: tenantA });
    expect(result).toMatchObject({ sent: 0, failed: result.claimed });
    expect(calls).toBe(2);
    expect((await rowsFor(keys)).every((row) => row.attempts === 1 && row.sentAt === null)).toBe(true);
  });

  it("two relays at once (two app instances) send each event once", async () => {
    const keys: string[] = [];
    for (let i = 0; i < 30; i++) keys.push(await put(tenantB, "order.received"));
    const seen: string[] = [];
    const slow = async (events: RelayedEvent[]) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.push(...events.map((event) => event.id));
    };
    const now = () => new Date(Date.now() + 1_000);
    await Promise.all([relayOutbox(slow, { now, batchSize: 7, tenantId: tenantB }), relayOutbox(slow, { now, batchSize: 7, tenantId: tenantB }), relayOutbox(slow, { now, batchSize: 7, tenantId: tenantB })]);
    while ((await relayOutbox(slow, { now, batchSize: 7, tenantId: tenantB })).claimed > 0);
    const mine = seen.filter((id) => keys.includes(id));
    expect(mine).toHaveLength(30);
    expect(new Set(mine).size).toBe(30);
  });

  it("a second enqueue with the same key adds no second event", async () => {
    const key = `test:${randomUUID()}`;
    const data = { tenantId: tenantA, linkId: randomUUID() };
    const added = await withTenant(tenantA, async (tx) => [await enqueue(tx, tenantA, { name: "order.received", data, key }), await enqueue(tx, tenantA, { name: "order.received", data, key })]);
    expect(added).toEqual([true, false]);
    const rows = await withSystem((tx) => tx.select().from(outbox).where(eq(outbox.idempotencyKey, key)));
    expect(rows).toHaveLength(1);
  });
});

describe("delivery mode", () => {
  it("names the path that looked at the outbox last, and none when both went quiet", async () => {
    const t0 = new Date(Date.now() + 3_600_000);
    await recordHeartbeat("local_worker", { delivered: 2 }, t0);
    expect((await currentDeliveryMode(new Date(t0.getTime() + 1_000))).path).toBe("local_worker");
    const t1 = new Date(t0.getTime() + 5_000);
    await recordHeartbeat("inngest", { delivered: 0, error: "ECONNREFUSED" }, t1);
    const mode = await currentDeliveryMode(new Date(t1.getTime() + 1_000));
    expect(mode).toMatchObject({ path: "inngest", lastError: "ECONNREFUSED" });
    await recordHeartbeat("inngest", { delivered: 1 }, new Date(t1.getTime() + 2_000));
    expect((await currentDeliveryMode(new Date(t1.getTime() + 3_000))).lastError).toBeNull();
    expect((await currentDeliveryMode(new Date(t1.getTime() + 10 * 60_000))).path).toBe("none");
    // Heartbeats are global rows dated an hour ahead here: leave none behind for other test files.
    await withSystem((tx) => tx.delete(deliveryHeartbeats));
  });
});
