import { afterEach, describe, expect, it } from "vitest";
import { intakeLink } from "./intake";
import { pollWarehouseChanges } from "./status-poll";
import { refreshOpenOrders } from "./refresh-status";
import { drainOutbox, linkState, pipelineWorld, timelineOf, type WemaloWorld } from "./testing";

let world: WemaloWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe("plentymarkets → wemalo, over HTTP", () => {
  it("takes orders in, sends them, follows picking, a partial and a full shipment, and writes each back once", async () => {
    world = await pipelineWorld("wemalo");
    const { tenantId, linkId, plenty, wemalo } = world;
    const created = plenty.control.createOrders(4);
    const ids = created.map((o) => String(o.id));

    const intake = await intakeLink(tenantId, linkId);
    expect(intake.received).toHaveLength(4);
    const again = await intakeLink(tenantId, linkId);
    expect(again.received).toHaveLength(0);

    const sent = await drainOutbox(tenantId);
    expect(sent.map((e) => e.name)).toEqual(Array(4).fill("order.received"));
    expect(sent.every((e) => (e.result as { outcome: string }).outcome === "sent")).toBe(true);
    expect(wemalo.control.orders()).toHaveLength(4);
    for (const id of ids) expect(plenty.control.statusOf(Number(id))).toBe(5.1);
    expect(wemalo.control.order(ids[0]!)?.dispatcherProfile).toBe("dhl_paket");

    // Picking is seen by asking wemalo (its change feed only carries shipments).
    wemalo.control.startPicking(ids[0]!);
    const refreshed = await refreshOpenOrders(tenantId, linkId);
    expect(refreshed.statusChanges).toBeGreaterThanOrEqual(1);
    let state = await linkState(tenantId, linkId);
    expect(state.orders.find((o) => o.sourceRef === ids[0])?.status).toBe("picking");

    // Order 0 ships in two parts, 1 and 2 in full, 3 stays open.
    wemalo.control.shipPart(ids[0]!, [{ sku: "TS-BLK-M", quantity: 1 }], "PART-0001");
    wemalo.control.ship(ids[1]!);
    wemalo.control.ship(ids[2]!);
    const poll = await pollWarehouseChanges(tenantId, linkId);
    expect(poll.newShipments).toHaveLength(3);
    const written = await drainOutbox(tenantId);
    expect(written.map((e) => e.name)).toEqual(Array(3).fill("shipment.created"));

    state = await linkState(tenantId, linkId);
    const byRef = (ref: string) => state.orders.find((o) => o.sourceRef === ref)!;
    expect(byRef(ids[0]!).status).toBe("partially_shipped");
    expect(byRef(ids[0]!).settledAt).toBeNull();
    expect(plenty.control.packages(Number(ids[0]))).toHaveLength(1);
    expect(plenty.control.statusOf(Number(ids[0]))).toBe(5.1);
    expect(byRef(ids[1]!).status).toBe("shipped");
    expect(byRef(ids[1]!).settledAt).not.toBeNull();
    expect(plenty.control.statusOf(Number(ids[1]))).toBe(7);
    expect(plenty.control.packages(Number(ids[1])).length).toBeGreaterThanOrEqual(1);

    // The rest of order 0 ships; polling again finds only the new shipment.
    wemalo.control.ship(ids[0]!);
    const second = await pollWarehouseChanges(tenantId, linkId);
    expect(second.newShipments).toHaveLength(1);
    await drainOutbox(tenantId);
    const overlap = await pollWarehouseChanges(tenantId, linkId);
    expect(overlap.newShipments).toHaveLength(0);

    const final = (await linkState(tenantId, linkId)).orders.find((o) => o.sourceRef === ids[0])!;
    expect(final.status).toBe("shipped");
    expect(final.settledAt).not.toBeNull();
    expect(plenty.control.statusOf(Number(ids[0]))).toBe(7);
    const packageNumbers = plenty.control.packages(Number(ids[0])).map((p) => p.packageNumber);
    expect(new Set(packageNumbers).size).toBe(packageNumbers.length);
    expect(packageNumbers).toContain("PART-0001");

    // Every order accounted for, none twice, every shipment written back once.
    state = await linkState(tenantId, linkId);
    expect(state.orders.map((o) => o.sourceRef).sort()).toEqual([...ids].sort());
    expect(state.shipments).toHaveLength(4);
    expect(state.shipments.every((s) => s.writtenBackAt)).toBe(true);
    expect(wemalo.control.orders()).toHaveLength(4);
    expect(byRef(ids[3]!).status).toBe("accepted");
    expect(state.exceptions).toHaveLength(0);

    const timeline = await timelineOf(tenantId, final.id);
    expect(timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["received", "sent", "acknowledged", "status", "partially_shipped", "shipped", "written_back"]),
    );
    expect(timeline.filter((e) => e.kind === "written_back")).toHaveLength(2);
  });
});
