import { describe, expect, it } from "vitest";
import { describeCreateAndRetry } from "./create-and-retry";

describe("describeCreateAndRetry", () => {
  it("names the created products and the order sent again", () => {
    expect(describeCreateAndRetry({ retried: [{ orderNumber: "1042", created: ["NEU-1"] }], refused: [], skipped: 0 })).toEqual({
      ok: true,
      message: "Created NEU-1 at the warehouse; order 1042 goes to the warehouse again in a moment.",
    });
  });

  it("counts distinct products over several orders", () => {
    const outcome = { retried: [{ orderNumber: "1", created: ["A", "B"] }, { orderNumber: "2", created: ["B"] }], refused: [], skipped: 3 };
    expect(describeCreateAndRetry(outcome).message).toBe("Created 2 products at the warehouse; 2 orders go to the warehouse again in a moment.");
  });

  it("says which order stays and the warehouse's reason per SKU; not a success when none went", () => {
    const result = describeCreateAndRetry({ retried: [], refused: [{ orderNumber: "7", rejected: [{ sku: "MUG", reason: "not a valid EAN" }] }], skipped: 0 });
    expect(result).toEqual({ ok: false, message: "Order 7 stays here: the warehouse refused MUG: not a valid EAN." });
  });

  it("explains when nothing could be done", () => {
    expect(describeCreateAndRetry({ retried: [], refused: [], skipped: 2 })).toMatchObject({ ok: false, message: expect.stringMatching(/None of the chosen problems/) });
  });
});
