import { describe, expect, it } from "vitest";
import { fileWarehouseSettingsSchema } from "./settings";
import { statusRowReader } from "./status-rows";

const fileTime = new Date("2026-01-05T10:00:00Z");
const read = (values: Record<string, string>, settings: Record<string, unknown> = {}) =>
  statusRowReader(fileWarehouseSettingsSchema.parse(settings), fileTime)({ line: 2, values });

describe("status lines", () => {
  it("maps the 3PL's own status values and keeps the raw one for the timeline", () => {
    const result = read({ ordernumber: "1001", status: "4" }, { statusValues: "4=picking; 7=shipped" });
    expect(result).toEqual({ ok: true, value: { order: { orderNumber: "1001" }, status: "picking", partnerStatus: { code: "4" }, occurredAt: "2026-01-05T10:00:00.000Z" } });
  });

  it("makes a shipment of a shipped line, one per package number, partial when partly shipped", () => {
    const full = read({ ordernumber: "1001", status: "shipped", packagenumber: "P1", carrier: "DHL", trackingurl: "https://dhl.example/P1", date: "2026-01-04" });
    expect(full.ok && full.value.shipment).toEqual({
      shipmentRef: "1001:P1",
      orderNumber: "1001",
      shippedAt: "2026-01-04T00:00:00.000Z",
      parcels: [{ trackingNumber: "P1", carrier: "DHL", trackingUrl: "https://dhl.example/P1" }],
      lines: [],
      complete: true,
    });
    const partial = read({ ordernumber: "1001", status: "partially_shipped", packagenumber: "P2", trackingurl: "not a link" }, { defaultCarrier: "PostNord" });
    expect(partial.ok && partial.value.shipment).toMatchObject({ complete: false, parcels: [{ trackingNumber: "P2", carrier: "PostNord" }] });
    expect(partial.ok && partial.value.shipment?.parcels[0]).not.toHaveProperty("trackingUrl");
  });

  it("refuses lines without order number, with unknown status, shipped without package, or a bad date", () => {
    expect(read({ status: "shipped" })).toMatchObject({ ok: false, message: expect.stringMatching(/no order number/) });
    expect(read({ ordernumber: "1", status: "lost" })).toMatchObject({ ok: false, message: expect.stringMatching(/unknown status "lost"/) });
    expect(read({ ordernumber: "1", status: "shipped" })).toMatchObject({ ok: false, message: expect.stringMatching(/without a package number/) });
    expect(read({ ordernumber: "1", status: "picking", date: "tomorrow" })).toMatchObject({ ok: false, message: expect.stringMatching(/unreadable date/) });
  });
});
