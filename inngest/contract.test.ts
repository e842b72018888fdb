import { describe, expect, it } from "vitest";
import { PIPELINE_EVENTS } from "@/lib/pipeline/events";
import { pipelineEvents } from "./events";
import { functions } from "./index";
import { triggersOf } from "./local/in-process";

const listened = new Set(functions.flatMap((fn) => triggersOf(fn).events));
const cancelsOn = (fn: (typeof functions)[number]) =>
  ((fn.opts.cancelOn ?? []) as Array<{ event: string | { name: string } }>).map((c) => (typeof c.event === "string" ? c.event : c.event.name));
const concurrencyKeys = (fn: (typeof functions)[number]) => {
  const c = fn.opts.concurrency as { key?: string } | Array<{ key?: string }> | undefined;
  return (Array.isArray(c) ? c : c ? [c] : []).map((o) => o.key);
};

describe("events and functions", () => {
  it("every event lib/pipeline writes to the outbox has a function, under the same name", () => {
    for (const name of Object.values(PIPELINE_EVENTS)) expect(listened, name).toContain(name);
  });

  it("every event in the catalog is listened to, except link.paused, which cancels runs instead", () => {
    const unheard = Object.keys(pipelineEvents).filter((name) => !listened.has(name));
    expect(unheard).toEqual(["link.paused"]);
    expect(functions.filter((fn) => cancelsOn(fn).includes("link.paused")).length).toBeGreaterThan(0);
  });

  it("functions listen only to catalogued events", () => {
    for (const name of listened) expect(Object.keys(pipelineEvents), name).toContain(name);
  });

  it("event-triggered work is serialised per link, and order work also per order", () => {
    for (const fn of functions) {
      const { events, crons } = triggersOf(fn);
      if (crons.length > 0) {
        expect(events, fn.id()).toEqual([]);
        continue;
      }
      const keys = concurrencyKeys(fn);
      // Webhook work is per connection: a delivery arrives before anyone knows its links.
      expect(keys.some((k) => k === "event.data.linkId" || k === "event.data.connectionId"), fn.id()).toBe(true);
      if (events.some((name) => name.startsWith("order.") || name.startsWith("shipment."))) expect(keys, fn.id()).toContain("event.data.orderId");
    }
  });

  it("work on a link stops when it is paused, but a cancellation request does not", () => {
    for (const fn of functions) {
      const { events } = triggersOf(fn);
      if (events.length === 0) continue;
      const expected = !["cancel-order", "order-retry", "webhook-received", "connection-webhooks-remove"].includes(fn.id());
      expect(cancelsOn(fn).includes("link.paused"), fn.id()).toBe(expected);
    }
  });

  it("the functions about one order record exhausted retries on it", () => {
    const withFailure = functions.filter((fn) => fn.opts.onFailure).map((fn) => fn.id());
    expect(withFailure.sort()).toEqual(["cancel-order", "order-send", "tracking-write-back"]);
  });
});
