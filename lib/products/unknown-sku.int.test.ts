import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { links } from "@/db/schema";
import { intakeLink } from "@/lib/pipeline/intake";
import { drainOutbox, linkState, orderBySourceRef, pipelineWorld, timelineOf, type WemaloWorld } from "@/lib/pipeline/testing";
import { createProductAndRetry } from "./create-and-retry";
import { driftReport } from "./drift";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function setPolicy(w: WemaloWorld, unknownSkuPolicy: "hold" | "create_and_resend") {
  await withTenant(w.tenantId, (tx) => tx.update(links).set({ settings: { scheduleMinutes: 5, customerEmailBy: "shop", unknownSkuPolicy } }).where(eq(links.id, w.linkId)));
}

/** An order for an article the shop sells but wemalo has never heard of. */
async function orderWithNewArticle(w: WemaloWorld) {
  const view = w.plenty.control.createOrder({ lines: [{ sku: "TS-BLK-M", quantity: 1 }, { sku: "NEU-1", quantity: 2, name: "Thermobecher" }] });
  await intakeLink(w.tenantId, w.linkId);
  return orderBySourceRef(w.tenantId, w.linkId, String(view.id));
}

describe("unknown SKU at order time", () => {
  it("hold (the default): the order waits with an unknown SKU exception; create product and retry sends it", async () => {
    const w = (world = await pipelineWorld("wemalo"));
    const order = await orderWithNewArticle(w);
    await drainOutbox(w.tenantId);

    const held = await orderBySourceRef(w.tenantId, w.linkId, order.sourceRef);
    expect(held.status).toBe("exception");
    const state = await linkState(w.tenantId, w.linkId);
    expect(state.exceptions.filter((e) => e.status === "open")).toEqual([expect.objectContaining({ kind: "unknown_sku", orderId: order.id, message: expect.stringContaining("NEU-1") })]);
    expect(w.wemalo.control.products().some((p) => p.sku === "NEU-1")).toBe(false);
    expect((await driftReport(w.tenantId, w.linkId)).missingAtWarehouse).toEqual([{ sku: "NEU-1", name: "Thermobecher", reason: expect.stringContaining(`order ${order.orderNumber}`) }]);

    const result = await createProductAndRetry(w.tenantId, order.id);
    expect(result).toEqual({ created: ["TS-BLK-M", "NEU-1"], rejected: [], retried: true });
    expect(w.wemalo.control.products().find((p) => p.sku === "NEU-1")).toMatchObject({ name: "Thermobecher" });
    await drainOutbox(w.tenantId);
    const sent = await orderBySourceRef(w.tenantId, w.linkId, order.sourceRef);
    expect(sent.status).not.toBe("exception");
    expect(sent.warehouseRef).toBeTruthy();
    expect(w.wemalo.control.order(sent.orderNumber)?.positions.map((p) => p.sku).sort()).toEqual(["NEU-1", "TS-BLK-M"]);
    expect((await linkState(w.tenantId, w.linkId)).exceptions.filter((e) => e.status === "open")).toEqual([]);
    expect((await driftReport(w.tenantId, w.linkId)).missingAtWarehouse).toEqual([]);
  });

  it("create_and_resend: the product is created at wemalo from the shop's data and the order goes through at once", async () => {
    const w = (world = await pipelineWorld("wemalo"));
    w.plenty.control.putVariations([{ number: "NEU-1", name: "Thermobecher 0,4 l", barcode: "4006381333931" }]);
    await setPolicy(w, "create_and_resend");
    const order = await orderWithNewArticle(w);
    const [handled] = await drainOutbox(w.tenantId);
    expect(handled?.result).toMatchObject({ outcome: "sent" });

    // The shop's product, not the order line's name.
    expect(w.wemalo.control.products().find((p) => p.sku === "NEU-1")).toMatchObject({ name: "Thermobecher 0,4 l", fields: expect.objectContaining({ ean: "4006381333931" }) });
    const sent = await orderBySourceRef(w.tenantId, w.linkId, order.sourceRef);
    expect(sent.status).not.toBe("exception");
    const timeline = await timelineOf(w.tenantId, order.id);
    expect(timeline.map((e) => e.kind)).toContain("products_created");
    expect(timeline.find((e) => e.kind === "products_created")?.message).toContain("created TS-BLK-M, NEU-1 there and sent the order again");
  });

  it("create_and_resend: a product wemalo refuses leaves the order waiting with the reason", async () => {
    const w = (world = await pipelineWorld("wemalo"));
    w.plenty.control.putVariations([{ number: "NEU-1", name: "Thermobecher", barcode: "123" }]);
    await setPolicy(w, "create_and_resend");
    const order = await orderWithNewArticle(w);
    await drainOutbox(w.tenantId);
    const held = await orderBySourceRef(w.tenantId, w.linkId, order.sourceRef);
    expect(held.status).toBe("exception");
    const open = (await linkState(w.tenantId, w.linkId)).exceptions.filter((e) => e.status === "open");
    expect(open).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "unknown_sku", orderId: order.id, message: expect.stringContaining("not a valid EAN") }),
        expect.objectContaining({ kind: "product_rejected", orderId: null }),
      ]),
    );
  });
});
