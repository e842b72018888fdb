import { describe, expect, it } from "vitest";
import { inngest } from "../client";
import { createLocalWorker } from "./worker";

describe("local worker crons", () => {
  it("runs each cron function when its schedule fires, once for the latest firing after a gap", async () => {
    const runs: string[] = [];
    const everyFive = inngest.createFunction({ id: "probe-every-five", triggers: [{ cron: "*/5 * * * *" }] }, async ({ step }) =>
      step.run("note", () => void runs.push("five")),
    );
    const hourly = inngest.createFunction({ id: "probe-hourly", triggers: [{ cron: "0 * * * *" }] }, async ({ step }) => step.run("note", () => void runs.push("hourly")));
    let clock = Date.parse("2026-03-02T08:01:30Z");
    const worker = createLocalWorker({ functions: [everyFive, hourly], now: () => new Date(clock) });

    expect(await worker.runDueCrons()).toBe(0);
    clock = Date.parse("2026-03-02T08:04:59Z");
    expect(await worker.runDueCrons()).toBe(0);
    clock = Date.parse("2026-03-02T08:05:00Z");
    expect(await worker.runDueCrons()).toBe(1);
    expect(await worker.runDueCrons()).toBe(0);
    clock = Date.parse("2026-03-02T09:02:00Z");
    expect(await worker.runDueCrons()).toBe(2); // 09:00 for both; 08:10 … 08:55 are not replayed
    expect(await worker.runDueCrons()).toBe(0);
    expect(runs).toEqual(["five", "five", "hourly"]);
    expect(worker.deliveries.map((d) => [d.functionId, d.outcome, d.steps])).toEqual([
      ["probe-every-five", "ok", 1],
      ["probe-every-five", "ok", 1],
      ["probe-hourly", "ok", 1],
    ]);
  });
});
