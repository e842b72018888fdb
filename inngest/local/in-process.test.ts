import { describe, expect, it } from "vitest";
import { inngest } from "../client";
import { runInProcess, triggersOf, type SentEvent } from "./in-process";

const waiting = inngest.createFunction({ id: "probe-waiting", triggers: [{ event: "test.start" }, { cron: "*/5 * * * *" }] }, async ({ event, step }) => {
  const before = await step.run("before", () => "ran");
  await step.sleep("nap", "1h");
  const reply = await step.waitForEvent("reply", { event: "test.reply", timeout: "1d" });
  await step.sendEvent("announce", [{ name: "test.next", data: { from: event.name } }, { id: "fixed-id", name: "test.next", data: { from: "b" } }]);
  const after = await step.run("after", () => "ran too");
  return { before, reply, after };
});

describe("runInProcess", () => {
  it("ends sleeps at once, times waits out, hands sent events to the hooks once, and counts the steps", async () => {
    const sent: Array<{ stepId: string; events: SentEvent[] }> = [];
    const outcome = await runInProcess(waiting, { name: "test.start", data: {} }, { sendEvents: async (stepId, events) => void sent.push({ stepId, events }) });
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({ before: "ran", reply: null, after: "ran too" });
    expect(sent).toEqual([{ stepId: "announce", events: [{ name: "test.next", data: { from: "test.start" } }, { id: "fixed-id", name: "test.next", data: { from: "b" } }] }]);
    expect(outcome.steps).toBe(5);
  });

  it("answers a wait with what the hook says", async () => {
    const outcome = await runInProcess(
      waiting,
      { name: "test.start", data: {} },
      { sendEvents: async () => {}, waitForEvent: async (stepId) => ({ name: "test.reply", data: { stepId } }) },
    );
    expect(outcome.result).toMatchObject({ reply: { data: { stepId: "reply" } } });
  });

  it("reads a function's event and cron triggers", () => {
    expect(triggersOf(waiting)).toEqual({ events: ["test.start"], crons: ["*/5 * * * *"] });
  });
});
