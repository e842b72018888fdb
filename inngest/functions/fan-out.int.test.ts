import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { defaultLinkSettings, links } from "@/db/schema";
import { pauseLink, resumeLink } from "@/lib/controls/link-controls";
import { intakeLink } from "@/lib/pipeline/intake";
import { pipelineWorld, type WemaloWorld } from "@/lib/pipeline/testing";
import { runFunction, runPending, takeEvents } from "../testing";
import { orderSend } from "./order-send";
import { intakeFanOut } from "./intake-fan-out";
import { reconcileFanOut } from "./reconcile-fan-out";
import { returnsFanOut } from "./returns-fan-out";
import { statusPollFanOut } from "./status-poll-fan-out";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function everyMinute(w: WemaloWorld) {
  await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { ...defaultLinkSettings, scheduleMinutes: 1 } }).where(eq(links.id, w.linkId)));
}

const fanOuts = [
  ["link.intake.requested", intakeFanOut],
  ["link.status-poll.requested", statusPollFanOut],
  ["link.returns.requested", returnsFanOut],
  ["link.reconcile.requested", reconcileFanOut],
] as const;

describe("cron fan-outs", () => {
  it.each(fanOuts)("%s: one per active link, none for a paused one", async (name, fn) => {
    world = await pipelineWorld("wemalo");
    await everyMinute(world);
    const mine = (sent: Array<{ name: string; data: Record<string, unknown> }>) => sent.filter((e) => e.data.linkId === world!.linkId);

    const active = await runFunction(fn, { name: "inngest/scheduled.timer", data: {} });
    expect(active.error).toBeUndefined();
    expect(mine(active.sent)).toEqual([expect.objectContaining({ name, data: { tenantId: world.tenantId, linkId: world.linkId } })]);

    expect(await pauseLink(world.tenantId, world.linkId)).toBe(true);
    const paused = await runFunction(fn, { name: "inngest/scheduled.timer", data: {} });
    expect(mine(paused.sent)).toEqual([]);
  });
});

describe("pause and resume", () => {
  it("change the link and announce it in the same transaction, once per change", async () => {
    world = await pipelineWorld("wemalo");
    expect(await pauseLink(world.tenantId, world.linkId)).toBe(true);
    expect(await pauseLink(world.tenantId, world.linkId)).toBe(false);
    expect(await takeEvents(world.tenantId, "link.paused")).toEqual([{ name: "link.paused", data: { tenantId: world.tenantId, linkId: world.linkId } }]);
    expect(await resumeLink(world.tenantId, world.linkId)).toBe(true);
    expect(await takeEvents(world.tenantId, "link.resumed")).toHaveLength(1);
    const [link] = await withTenant(world.tenantId, (tx) => tx.select().from(links).where(eq(links.id, world!.linkId)));
    expect(link?.status).toBe("active");
  });

  it("orders taken in but held by the pause are sent after resume", async () => {
    world = await pipelineWorld("wemalo");
    world.plenty.control.createOrders(2);
    await intakeLink(world.tenantId, world.linkId);
    await pauseLink(world.tenantId, world.linkId);
    const held = await runPending(orderSend, world.tenantId, "order.received");
    expect(held.map((r) => r.result)).toEqual([{ outcome: "paused" }, { outcome: "paused" }]);
    expect(world.wemalo.control.orders()).toHaveLength(0);

    await resumeLink(world.tenantId, world.linkId);
    const sent = await runPending(orderSend, world.tenantId, "order.received");
    expect(sent.map((r) => r.result)).toEqual([expect.objectContaining({ outcome: "sent" }), expect.objectContaining({ outcome: "sent" })]);
    expect(world.wemalo.control.orders()).toHaveLength(2);
  });
});
