import { afterEach, describe, expect, it } from "vitest";
import { updateConnectionCredentials } from "@/lib/connections/store";
import { SANDBOX_WEMALO_TOKEN } from "@/lib/sandbox/wemalo";
import { demoDelivery } from "@/lib/sandbox/plentymarkets";
import { intakeLink } from "./intake";
import { eq } from "drizzle-orm";
import { withTenant } from "@/db";
import { orders } from "@/db/schema";
import { reconcileLink } from "./reconcile";
import { recordFailure, recordLinkFailure } from "./record-failure";
import { retryOrder } from "./retry-order";
import { sendOrder } from "./send-order";
import { pollWarehouseChanges } from "./status-poll";
import { drainOutbox, linkState, orderBySourceRef, pipelineWorld, timelineOf, type OngoingWorld, type WemaloWorld } from "./testing";

let world: WemaloWorld | OngoingWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function intakeOne(w: WemaloWorld | OngoingWorld, input: Parameters<WemaloWorld["plenty"]["control"]["createOrder"]>[0] = {}) {
  const created = w.plenty.control.createOrder(input);
  const intake = await intakeLink(w.tenantId, w.linkId);
  expect(intake.received).toHaveLength(1);
  return { plentyId: created.id, order: await orderBySourceRef(w.tenantId, w.linkId, String(created.id)) };
}

async function openExceptions(w: { tenantId: string; linkId: string }) {
  return (await linkState(w.tenantId, w.linkId)).exceptions.filter((e) => e.status === "open");
}

describe("exceptions", () => {
  it("bad address: nothing goes to the warehouse, plentymarkets gets 6.2, one exception even when sent twice", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { plentyId, order } = await intakeOne(w, { delivery: { ...demoDelivery, countryId: 1, street: "Hauptstraße", houseNumber: undefined } });
    const result = await sendOrder(w.tenantId, order.id);
    expect(result).toMatchObject({ outcome: "exception", exceptions: ["bad_address"] });
    await sendOrder(w.tenantId, order.id);
    expect(w.wemalo.control.orders()).toHaveLength(0);
    expect(w.plenty.control.statusOf(plentyId)).toBe(6.2);
    const open = await openExceptions(w);
    expect(open.map((e) => e.kind)).toEqual(["bad_address"]);
    expect(open[0]!.message).toMatch(/house number/);
    expect((await orderBySourceRef(w.tenantId, w.linkId, String(plentyId))).status).toBe("exception");
  });

  it("unknown SKU: the link maps SKUs and this one is not mapped", async () => {
    world = await pipelineWorld("wemalo", { skuPolicy: "mapped", skuMap: { "TS-BLK-M": "TS-BLK-M", "CAP-GRN": "CAP-GRN" } });
    const w = world;
    const unmapped = await intakeOne(w, { lines: [{ sku: "MUG-WHT", quantity: 1 }] });
    expect(await sendOrder(w.tenantId, unmapped.order.id)).toMatchObject({ outcome: "exception", exceptions: ["unknown_sku"] });
    expect(w.wemalo.control.orders()).toHaveLength(0);
    expect((await openExceptions(w))[0]!.message).toMatch(/MUG-WHT/);
  });

  it("unknown SKU at the warehouse: wemalo refuses it, the order waits as unknown_sku", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { order } = await intakeOne(w, { lines: [{ sku: "BRAND-NEW-1", quantity: 1 }] });
    expect(await sendOrder(w.tenantId, order.id)).toMatchObject({ outcome: "exception", exceptions: ["unknown_sku"] });
    expect(w.wemalo.control.orders()).toHaveLength(0);
    expect((await openExceptions(w)).map((e) => e.kind)).toEqual(["unknown_sku"]);
  });

  it("unmapped shipping method: shipping profile 7 has no warehouse code", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { plentyId, order } = await intakeOne(w, { shippingProfileId: 7 });
    expect(await sendOrder(w.tenantId, order.id)).toMatchObject({ outcome: "exception", exceptions: ["unmapped_shipping_method"] });
    expect(w.wemalo.control.orders()).toHaveLength(0);
    expect(w.plenty.control.statusOf(plentyId)).toBe(5);
  });

  it("out of stock: wemalo holds the order, plentymarkets gets 6.3", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    w.wemalo.control.setStock("MUG-WHT", 0);
    const { plentyId, order } = await intakeOne(w, { lines: [{ sku: "MUG-WHT", quantity: 2 }] });
    const result = await sendOrder(w.tenantId, order.id);
    expect(result.outcome).toBe("sent");
    expect(w.wemalo.control.orders()).toHaveLength(1);
    expect((await openExceptions(w)).map((e) => e.kind)).toEqual(["out_of_stock"]);
    expect(w.plenty.control.statusOf(plentyId)).toBe(6.3);
    expect((await orderBySourceRef(w.tenantId, w.linkId, String(plentyId))).status).toBe("exception");
  });

  it("credentials rejected: by the warehouse while sending, by the source while taking orders in", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { order } = await intakeOne(w);
    w.wemalo.control.expireToken(SANDBOX_WEMALO_TOKEN);
    expect(await sendOrder(w.tenantId, order.id)).toMatchObject({ outcome: "exception", exceptions: ["credentials_rejected"] });

    await updateConnectionCredentials(w.tenantId, w.sourceConnectionId, { password: "not-the-password" });
    w.plenty.control.createOrder();
    const intake = await intakeLink(w.tenantId, w.linkId);
    expect(intake.outcome).toBe("exception");
    const open = await openExceptions(w);
    expect(open.filter((e) => e.kind === "credentials_rejected").map((e) => Boolean(e.orderId)).sort()).toEqual([false, true]);
    // A second failing poll opens nothing new.
    await intakeLink(w.tenantId, w.linkId);
    expect((await openExceptions(w)).filter((e) => e.kind === "credentials_rejected")).toHaveLength(2);
  });

  it("partner error: Ongoing puts the order in status 150 for a reason that is not address or stock", async () => {
    world = await pipelineWorld("ongoing");
    const w = world;
    const { plentyId, order } = await intakeOne(w);
    await sendOrder(w.tenantId, order.id);
    w.ongoing.control.fail(String(plentyId), "customs papers missing");
    await pollWarehouseChanges(w.tenantId, w.linkId);
    const open = await openExceptions(w);
    expect(open.map((e) => e.kind)).toEqual(["partner_error"]);
    expect((await orderBySourceRef(w.tenantId, w.linkId, String(plentyId))).status).toBe("exception");
  });

  it("retries exhausted: recordFailure puts the order in exception with what failed, once", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { order } = await intakeOne(w);
    const plainError = Object.assign(new Error("wemalo server error (503)"), { name: "PartnerError", kind: "transient", reason: "server_error" });
    expect(await recordFailure(w.tenantId, order.id, plainError, "Sending to the warehouse")).toEqual({ recorded: true });
    expect(await recordFailure(w.tenantId, order.id, plainError)).toEqual({ recorded: false });
    const open = await openExceptions(w);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: "retries_exhausted", orderId: order.id });
    expect(open[0]!.message).toMatch(/503/);
    const timeline = await timelineOf(w.tenantId, order.id);
    expect(timeline.at(-1)?.kind).toBe("retries_exhausted");

    // The one-click retry resolves it and sends the order.
    expect(await retryOrder(w.tenantId, order.id)).toEqual({ retried: true });
    // The intake's event and the retry's both run: the second finds the order sent already.
    const handled = await drainOutbox(w.tenantId);
    expect(handled.map((h) => (h.result as { outcome: string }).outcome)).toEqual(["sent", "already_sent"]);
    expect(await openExceptions(w)).toHaveLength(0);
    expect(w.wemalo.control.orders()).toHaveLength(1);
  });

  it("fixed in the shop and released again (6.2 → 5): reconciliation takes the corrected order back and sends it", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    const { plentyId, order } = await intakeOne(w);
    // What we took in lacked the house number (the shop has the corrected address by now).
    const broken = { ...order.canonical, deliveryAddress: { ...order.canonical.deliveryAddress, countryCode: "DE", street: "Hauptstraße", houseNumber: undefined } };
    await withTenant(w.tenantId, (tx) => tx.update(orders).set({ canonical: broken }).where(eq(orders.id, order.id)));
    await drainOutbox(w.tenantId);
    expect(w.plenty.control.statusOf(plentyId)).toBe(6.2);
    expect((await openExceptions(w)).map((e) => e.kind)).toEqual(["bad_address"]);

    // Nothing changed at the shop yet: nothing is taken back.
    expect((await reconcileLink(w.tenantId, w.linkId)).takenBack).toBe(0);
    w.plenty.control.setStatus(plentyId, 5);
    expect((await reconcileLink(w.tenantId, w.linkId)).takenBack).toBe(1);
    expect((await reconcileLink(w.tenantId, w.linkId)).takenBack).toBe(0);
    const handled = await drainOutbox(w.tenantId);
    expect(handled.map((h) => (h.result as { outcome: string }).outcome)).toEqual(["sent"]);
    expect(w.wemalo.control.orders()).toHaveLength(1);
    expect(w.plenty.control.statusOf(plentyId)).toBe(5.1);
    expect(await openExceptions(w)).toHaveLength(0);
  });

  it("a link-wide job that ran out of retries leaves one exception on the link", async () => {
    world = await pipelineWorld("wemalo");
    const w = world;
    expect(await recordLinkFailure(w.tenantId, w.linkId, new Error("plentymarkets server error (503)"), "Intake")).toEqual({ recorded: true });
    expect(await recordLinkFailure(w.tenantId, w.linkId, new Error("again"), "Intake")).toEqual({ recorded: false });
    const open = await openExceptions(w);
    expect(open).toMatchObject([{ kind: "retries_exhausted", orderId: null }]);
    expect(open[0]!.message).toMatch(/Intake gave up.*503/);
  });
});
