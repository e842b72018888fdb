import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { withSystem, withTenant } from "@/db";
import { defaultLinkSettings, deliveryHeartbeats, links, outbox } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { currentDeliveryMode } from "@/lib/outbox/delivery-mode";
import { enqueue } from "@/lib/outbox/enqueue";
import { startOutboxLoop } from "@/lib/outbox/relay-runner";
import { linkState, pipelineWorld, type OngoingWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { inngest } from "../client";
import { intakeFanOut } from "../functions/intake-fan-out";
import { statusPollFanOut } from "../functions/status-poll-fan-out";
import { functions } from "../index";
import { createLocalWorker } from "./worker";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("local worker on the simulators", () => {
  it("moves orders from the cron fan-out to the warehouse and back to the shop without an Inngest server", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { ...defaultLinkSettings, scheduleMinutes: 1 } }).where(eq(links.id, w.linkId)));
    const refs = w.plenty.control.createOrders(3).map((o) => String(o.id));
    // The worker's clock runs ahead of the database's, so rows written now are due at once.
    let clock = Date.now() + 5_000;
    const worker = createLocalWorker({ functions, tenantId: w.tenantId, now: () => new Date(clock) });

    await worker.runCron(intakeFanOut);
    await worker.drain();
    expect(w.wemalo.control.orders()).toHaveLength(3);
    for (const ref of refs) expect(w.plenty.control.statusOf(Number(ref))).toBe(5.1);

    // A warehouse outage: the order-send run fails, the row waits (backoff), then goes through once.
    const late = String(w.plenty.control.createOrder().id);
    w.wemalo.control.setFaults({ serverErrorRate: 1 });
    // The next intake (the fan-out of a later minute).
    await withTenant(w.tenantId, (tx) => enqueue(tx, w.tenantId, { name: "link.intake.requested", data: { tenantId: w.tenantId, linkId: w.linkId }, key: `intake:${randomUUID()}` }));
    await worker.drain();
    expect(worker.deliveries.filter((d) => d.outcome === "retry").map((d) => d.functionId)).toEqual(["order-send"]);
    const lateId = (await linkState(w.tenantId, w.linkId)).orders.find((o) => o.sourceRef === late)!.id;
    const [waiting] = await withSystem((tx) => tx.select().from(outbox).where(eq(outbox.idempotencyKey, `order.received:${lateId}`)));
    expect(waiting).toMatchObject({ sentAt: null, attempts: 1 });
    w.wemalo.control.setFaults({ serverErrorRate: 0 });
    clock += 10 * 60_000;
    await worker.drain();
    expect(w.wemalo.control.orders()).toHaveLength(4);

    w.wemalo.control.ship(refs[0]!);
    clock += 60_000;
    await worker.runCron(statusPollFanOut);
    await worker.drain();
    expect(w.plenty.control.statusOf(Number(refs[0]))).toBe(7);
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.orders).toHaveLength(4);
    expect(state.shipments.every((s) => s.writtenBackAt)).toBe(true);

    // Run as the worker process does: the loop's heartbeat tells the dashboard who delivers.
    // Heartbeats are global rows; other test files leave theirs (some with clocks set ahead), so start clean.
    await withSystem((tx) => tx.delete(deliveryHeartbeats));
    const loop = startOutboxLoop({ path: "local_worker", pass: worker.deliverDue, intervalMs: 50, heartbeatMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await loop.stop();
    expect((await currentDeliveryMode()).path).toBe("local_worker");
  });
});

describe("local worker, plentymarkets → Ongoing", () => {
  it("takes orders in, sends them, follows a shipment and writes it back, each once", async () => {
    const w = await pipelineWorld("ongoing");
    world = w;
    const refs = w.plenty.control.createOrders(3).map((o) => String(o.id));
    const worker = createLocalWorker({ functions, tenantId: w.tenantId, now: () => new Date(Date.now() + 5_000) });
    const ask = (name: string) => withTenant(w.tenantId, (tx) => enqueue(tx, w.tenantId, { name, data: { tenantId: w.tenantId, linkId: w.linkId }, key: `${name}:${randomUUID()}` }));

    await ask("link.intake.requested");
    await worker.drain();
    expect(w.ongoing.control.orders()).toHaveLength(3);
    w.ongoing.control.ship(refs[1]!);
    await ask("link.status-poll.requested");
    await ask("link.status-poll.requested");
    await worker.drain();
    expect(w.plenty.control.statusOf(Number(refs[1]))).toBe(7);
    expect(w.plenty.control.packages(Number(refs[1]))).toHaveLength(1);
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.orders.map((o) => o.status).sort()).toEqual(["accepted", "accepted", "shipped"].sort());
    expect(worker.deliveries.every((d) => d.outcome === "ok")).toBe(true);
  });
});

describe("local worker retry rules", () => {
  let tenantId: string;
  beforeAll(async () => {
    tenantId = (await signUpOwner("Worker rules")).tenantId;
  });

  function probe(failWith: () => Error, retries: 0 | 1 | 2) {
    const calls = { runs: 0, failures: [] as string[] };
    const fn = inngest.createFunction(
      {
        id: `probe-${randomUUID().slice(0, 8)}`,
        triggers: [{ event: "test.probe" }],
        retries,
        onFailure: async ({ error, step }) => step.run("note", () => void calls.failures.push(`${error.name}: ${error.message}`)),
      },
      async ({ step }) =>
        step.run("work", () => {
          calls.runs++;
          throw failWith();
        }),
    );
    return { fn, calls };
  }

  async function put(name: string) {
    await withTenant(tenantId, (tx) => enqueue(tx, tenantId, { name, data: { tenantId }, key: `probe:${randomUUID()}` }));
  }

  it("NonRetriableError: one run, then onFailure; the row is done", async () => {
    const { fn, calls } = probe(() => new NonRetriableError("address can never be fixed by a retry"), 2);
    const worker = createLocalWorker({ functions: [fn], tenantId });
    await put("test.probe");
    await worker.drain();
    expect(calls.runs).toBe(1);
    expect(calls.failures).toEqual(["NonRetriableError: address can never be fixed by a retry"]);
  });

  it("a retriable error is tried retries + 1 times, then onFailure", async () => {
    const { fn, calls } = probe(() => new Error("warehouse 503"), 2);
    let clock = Date.now();
    const worker = createLocalWorker({ functions: [fn], tenantId, now: () => new Date(clock) });
    await put("test.probe");
    for (let i = 0; i < 5; i++) {
      await worker.drain();
      clock += 10 * 60_000;
    }
    expect(calls.runs).toBe(3);
    expect(calls.failures).toEqual(["Error: warehouse 503"]);
  });
});
