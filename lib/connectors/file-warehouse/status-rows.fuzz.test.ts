import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { canonicalStatuses, statusChangeSchema } from "@/lib/orders";
import { oddText } from "@/lib/testing/fuzz-arbitraries";
import { fuzz, outcomeOf } from "@/lib/testing/fuzz";
import { fileWarehouseSettingsSchema } from "./settings";
import { statusRowReader } from "./status-rows";

// A property runs a fixed number of inputs; on a busy machine that may take longer than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

const settings = fileWarehouseSettingsSchema.parse({ statusValues: "7=shipped; 4=picking; X=cancelled" });
const read = statusRowReader(settings, new Date("2026-01-05T10:00:00Z"));
const FIELDS = ["ordernumber", "status", "packagenumber", "carrier", "trackingurl", "date"];

const value = fc.oneof(oddText, fc.constantFrom(...canonicalStatuses, "7", "4", "X", "2026-01-04", "2026-02-30", "yesterday", "https://track.example/1", "javascript:alert(1)", "1001"));
const row = fc.record({
  line: fc.integer({ min: 1, max: 100_000 }),
  values: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })), value, { maxKeys: 8 }),
});

describe("status file lines under fuzzing", () => {
  it("a line becomes a valid status change, or is refused with a reason naming the order or the field", (ctx) => {
    fuzz(ctx, "file warehouse: status line", fc.property(row, (r) => {
      const outcome = outcomeOf(() => read(r));
      expect(outcome.ok, outcome.ok ? "" : String(outcome.error)).toBe(true);
      const result = outcome.ok ? outcome.value : undefined;
      if (!result) return;
      if (result.ok) {
        const valid = statusChangeSchema.safeParse(result.value);
        expect(valid.success, JSON.stringify(valid.error?.issues[0])).toBe(true);
        expect(result.value.order.orderNumber).toBe(r.values.ordernumber?.trim());
      } else {
        const orderNumber = r.values.ordernumber?.trim();
        expect(orderNumber ? result.message.includes(orderNumber) : result.message.includes('"ordernumber"')).toBe(true);
      }
    }), 600);
  });

  it("a shipped line with an order and a package number is always a shipment of that package", (ctx) => {
    const word = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
    fuzz(ctx, "file warehouse: status line", fc.property(word, word, fc.constantFrom("shipped", "7", "partially_shipped"), fc.option(oddText), (orderNumber, pkg, status, trackingUrl) => {
      const result = read({ line: 2, values: { ordernumber: orderNumber, status, packagenumber: pkg, ...(trackingUrl === null ? {} : { trackingurl: trackingUrl }) } });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.shipment).toMatchObject({ shipmentRef: `${orderNumber}:${pkg}`, parcels: [{ trackingNumber: pkg }], complete: status !== "partially_shipped" });
      expect(statusChangeSchema.safeParse(result.value).success).toBe(true);
    }), 300);
  });
});
