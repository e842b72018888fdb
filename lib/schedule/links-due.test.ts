import { describe, expect, it } from "vitest";
import { fanOutEvents, linksDue } from "./links-due";

const link = (linkId: string, scheduleMinutes: number) => ({ tenantId: "t", linkId, scheduleMinutes });

describe("linksDue", () => {
  it("takes each link on the minutes of its own schedule", () => {
    const links = [link("every", 1), link("five", 5), link("fifteen", 15), link("odd", 0)];
    expect(linksDue(links, new Date("2026-03-02T08:15:20Z")).map((l) => l.linkId)).toEqual(["every", "five", "fifteen", "odd"]);
    expect(linksDue(links, new Date("2026-03-02T08:10:00Z")).map((l) => l.linkId)).toEqual(["every", "five", "odd"]);
    expect(linksDue(links, new Date("2026-03-02T08:11:00Z")).map((l) => l.linkId)).toEqual(["every", "odd"]);
  });
});

describe("fanOutEvents", () => {
  it("makes one event per link with an id per link and minute", () => {
    const events = fanOutEvents("link.intake.requested", [link("a", 5), link("b", 5)], new Date("2026-03-02T08:15:20Z"));
    expect(events).toEqual([
      { id: "link.intake.requested:a:2026-03-02T08:15:00.000Z", name: "link.intake.requested", data: { tenantId: "t", linkId: "a" } },
      { id: "link.intake.requested:b:2026-03-02T08:15:00.000Z", name: "link.intake.requested", data: { tenantId: "t", linkId: "b" } },
    ]);
  });
});
